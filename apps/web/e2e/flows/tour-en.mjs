// Every page the navigation offers a manager (周建国) reading English, at laptop and phone size (see ../tour.mjs):
// the words a person reads hold in English too (no ISO instants, ids, codes or a second language).
import { tour } from '../tour.mjs';

export default async (context) => {
  await tour(context, 'zhou.jianguo@kehu.demo', { locale: 'en' });
};
