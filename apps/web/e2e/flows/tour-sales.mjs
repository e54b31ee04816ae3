// Every page the navigation offers a 销售 (李娜), at laptop and phone size (see ../tour.mjs).
import { tour } from '../tour.mjs';

export default async (context) => {
  await tour(context, 'li.na@kehu.demo');
};
