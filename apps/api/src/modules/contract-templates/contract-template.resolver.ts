import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Attachment } from '../files/file.entity';
import { ContractTemplate, ContractTemplateInput } from './contract-template.entity';
import * as templates from './contract-template.service';

@Resolver(() => ContractTemplate)
export class ContractTemplateResolver {
  @Query(() => [ContractTemplate], { description: '合同模板: every contract template, by name (anyone signed in may generate from them)' })
  contractTemplates(@Ctx() ctx: Context) {
    return templates.listContractTemplates(ctx);
  }

  @Mutation(() => ContractTemplate, {
    description: 'Uploads a contract template (.docx with placeholders) with its review checklist (admins)',
  })
  createContractTemplate(
    @Arg('input', () => ContractTemplateInput, { description: 'The template' }) input: ContractTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return templates.createContractTemplate(ctx, input);
  }

  @Mutation(() => ContractTemplate, {
    description: 'Renames a template, replaces its .docx or its checklist (admins); omitted fields stay',
  })
  updateContractTemplate(
    @Arg('id', () => ID, { description: 'Template id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => ContractTemplateInput, { description: 'Changes' }) input: ContractTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return templates.updateContractTemplate(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a template (admins); documents generated from it stay on their contracts' })
  deleteContractTemplate(@Arg('id', () => ID, { description: 'Template id' }) id: string, @Ctx() ctx: Context) {
    return templates.deleteContractTemplate(ctx, id);
  }

  @Mutation(() => [Attachment], {
    description:
      "生成合同: fills a template with the contract's data (customer, contact, number, dates, amount and 大写, lines, payment plan) and keeps " +
      'the .docx and a PDF on the contract as its next version (category CONTRACT_DRAFT); needs edit rights on the customer',
  })
  generateContractDocument(
    @Arg('contractId', () => ID, { description: 'The contract' }) contractId: string,
    @Arg('templateId', () => ID, { description: 'The template' }) templateId: string,
    @Ctx() ctx: Context,
  ) {
    return templates.generateContractDocument(ctx, contractId, templateId);
  }
}
