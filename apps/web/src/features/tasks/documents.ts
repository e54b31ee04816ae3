import { graphql } from '@/gql';

export const TaskRowFragment = graphql(`
  fragment TaskRow_task on Task {
    id
    title
    description
    dueAt
    priority
    status
    overdue
    completionNote
    completedAt
    version
    customer {
      id
      name
    }
    assignee {
      id
      name
    }
    creator {
      id
      name
    }
  }
`);

export const TasksQuery = graphql(`
  query Tasks($filter: TaskFilter, $first: Int, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...TaskRow_task
        }
      }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: TaskInput!) {
    createTask(input: $input) {
      id
      ...TaskRow_task
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) {
    updateTask(id: $id, version: $version, input: $input) {
      id
      ...TaskRow_task
    }
  }
`);

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($id: ID!, $version: Int!, $note: String) {
    completeTask(id: $id, version: $version, note: $note) {
      id
      ...TaskRow_task
    }
  }
`);

export const CancelTaskMutation = graphql(`
  mutation CancelTask($id: ID!, $version: Int!, $note: String) {
    cancelTask(id: $id, version: $version, note: $note) {
      id
      ...TaskRow_task
    }
  }
`);

/** Pickers of the task form: colleagues to assign to (the API lists whom you may see), customers by search. */
export const TaskAssigneesQuery = graphql(`
  query TaskAssignees {
    me {
      id
      name
    }
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const TaskCustomerSearchQuery = graphql(`
  query TaskCustomerSearch($search: String!) {
    customers(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** One task, for `/tasks?id=…` (where a task reminder without a customer links to). */
export const FocusedTaskQuery = graphql(`
  query FocusedTask($id: ID!) {
    task(id: $id) {
      id
      ...TaskRow_task
    }
  }
`);
