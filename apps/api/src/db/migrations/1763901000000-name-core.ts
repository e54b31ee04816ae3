import type { MigrationInterface, QueryRunner } from 'typeorm';

// Places a company name commonly starts with (province, then city), and trade words it commonly ends with.
const REGIONS = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门', '深圳', '广州', '杭州', '苏州', '南京', '成都', '武汉', '青岛', '厦门', '西安', '长沙', '合肥', '宁波', '无锡',
  '佛山', '东莞', '郑州', '济南', '沈阳', '大连', '福州', '昆明', '哈尔滨', '长春', '石家庄', '太原', '南昌', '南宁', '贵阳',
  '兰州', '珠海', '温州', '常州', '烟台', '泉州', '中山', '惠州', '嘉兴', '绍兴', '金华', '台州', '徐州', '南通', '扬州', '潍坊',
];
const TRADES = [
  '科技', '电子', '信息', '技术', '网络', '软件', '数据', '服务', '智能', '装备', '机械', '制造', '精密', '模具', '五金', '制品',
  '建材', '材料', '包装', '环保', '医疗', '器械', '汽车', '配件', '食品', '百货', '商贸', '贸易', '实业', '发展', '物流', '供应链',
  '管理', '咨询', '连锁', '超市', '工程', '建设', '设备', '电器', '化工', '纺织', '服饰', '文化', '传媒', '广告', '投资', '控股',
  '集团', '国际', '工业', '能源', '生物', '医药', '教育', '餐饮', '酒店', '地产', '置业', '电气', '通信', '光电', '自动化', '系统',
  '计算机', '进出口', '销售', '印刷', '家具', '农业', '物业', '新材料', '开发', '运营',
];

/**
 * The "core" of a normalised company name for the similar-name check: the brand, without a leading region
 * and trailing trade words (北京华丰电子科技 → 华丰). Trigrams over whole names call every 北京…电子科技 similar
 * and no index can narrow that down; equal cores (北京华丰科技, 华丰电子) are what people mean by "looks like".
 * A core shorter than two characters is no core: the whole name is used.
 */
export class NameCore1763901000000 implements MigrationInterface {
  name = 'NameCore1763901000000';

  async up(q: QueryRunner): Promise<void> {
    const regions = `^((${REGIONS.join('|')})(省|市|自治区|特别行政区)?)+`;
    const trades = `(${TRADES.join('|')})+$`;
    await q.query(`
      CREATE FUNCTION kehu_name_core(name_key text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $f$
          SELECT CASE WHEN char_length(core) >= 2 THEN core ELSE name_key END
            FROM (SELECT regexp_replace(regexp_replace(name_key, '${regions}', ''), '${trades}', '') AS core) x
        $f$`);
    await q.query(`CREATE INDEX customers_name_core_idx ON customers (kehu_name_core(name_key)) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customers_name_core_idx`);
    await q.query(`DROP FUNCTION kehu_name_core(text)`);
  }
}
