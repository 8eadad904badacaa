import type { HostRule } from './define';
import h163wenku from './163wenku';
import h31doc from './31doc';
import h360doc from './360doc';
import h360docs from './360docs';
import h61taotao from './61taotao';
import bdocx from './bdocx';
import bigxun from './bigxun';
import book118 from './book118';
import doc88 from './doc88';
import docin from './docin';
import ekdoc from './ekdoc';
import fanwen from './fanwen';
import huiwenwang from './huiwenwang';
import ishare from './ishare';
import jinchutou from './jinchutou';
import mayiwenku from './mayiwenku';
import mbalib from './mbalib';
import renrendoc from './renrendoc';
import taodocs from './taodocs';
import taowenge from './taowenge';
import wenkuBaidu from './wenku-baidu';
import wenkuSo from './wenku-so';
import wnwk from './wnwk';
import xiaomilidoc from './xiaomilidoc';
import zixin from './zixin';

/** Every site rule, in priority order: the first rule whose host matches wins. */
export const hostRules: HostRule[] = [
  h163wenku,
  h31doc,
  h360doc,
  h360docs,
  h61taotao,
  bdocx,
  bigxun,
  book118,
  doc88,
  docin,
  ekdoc,
  fanwen,
  huiwenwang,
  ishare,
  jinchutou,
  mayiwenku,
  mbalib,
  renrendoc,
  taodocs,
  taowenge,
  wenkuBaidu,
  wenkuSo,
  wnwk,
  xiaomilidoc,
  zixin,
];
