// Every page the navigation offers a 经理 (王磊), at laptop and phone size (see ../tour.mjs).
import { tour } from '../tour.mjs';

export default async (context) => {
  await tour(context, 'wang.lei@kehu.demo');
};
