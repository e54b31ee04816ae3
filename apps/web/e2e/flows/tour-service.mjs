// Every page the navigation offers a 客服 (赵敏), at laptop and phone size (see ../tour.mjs).
import { tour } from '../tour.mjs';

export default async (context) => {
  await tour(context, 'zhao.min@kehu.demo');
};
