// Every page the navigation offers a 管理员 (陈静), at laptop and phone size (see ../tour.mjs).
import { tour } from '../tour.mjs';

export default async (context) => {
  await tour(context, 'admin@kehu.demo');
};
