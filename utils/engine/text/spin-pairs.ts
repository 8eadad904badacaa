// 伪原创 pairs (chinese-text-rules.md §4; the table with its sources is fixtures/spin/spin-pairs.tsv).

/**
 * spun → original, never normal words: mangled non-words (可以或许), spun compounds whose parts are
 * attested pairs (科学开展观) and observed forms that are never grammatical (征询题). Each hit is page
 * evidence of spinning; they are replaced whenever the page has enough of them.
 */
export const UNAMBIGUOUS = `经由过程 通过
进步前辈 先进
体系体例 体制
小我私家 个人
一样平常 一般
缘故原由 原因
设法主意 想法
旌旗灯号 信号
师长教师 先生
鼎力大举 大力
收拾整顿 整理
目下当今 现在
渗入渗出 渗透
举措措施 设施
权势巨子 权威
仿照照旧 仍旧
随意率性 任意
标题问题 题目
糊口生涯 生存
评论辩论 讨论
颁布发表 宣布
来日诰日 明天
意见意义 趣味
照顾护士 护理
可以或许 能够
入手下手 开始
查询拜访 调查
设置装备摆设 配置
根蒂根基 基础
处置惩罚 处理
透露表现 表示
施展阐发 表现
标的目的 方向
体式格局 方式
不克不及 不能
不合错误 不对
标识表记标帜 标记
切实其实 的确
测验考试 尝试
教授教养 教学
生意业务 交易
订定合同 和议
划定规矩 规则
决议计划 决策
较量争论 计算
归纳综合 概括
感触感染 感受
收受接管 回收
很多多少 好多
气势派头 风格
联系关系 关联
代办署理 代理
通知布告 公告
场合排场 局面
朝上进步 进取
迁移转变 转折
求全谴责 指责
干预干与 干涉
根底设备建立 基础设施建设
根底设备 基础设施
科学开展观 科学发展观
经济开展 经济发展
稳定与开展 稳定与发展
交融式开展 融合式发展
军民交融 军民融合
新情势 新形势
情势任务 形势任务
情势报告 形势报告
心理征询 心理咨询
法律征询 法律咨询
征询热线 咨询热线
征询站 咨询站
亲切配合 密切配合
亲切联络 密切联系
亲切军地 密切军地
紧密联络 紧密联系
营建气氛 营造氛围
双拥气氛 双拥氛围
双拥认识 双拥意识
有方案地 有计划地
根本构成 基本形成
公共效劳 公共服务
优质效劳 优质服务
医疗效劳 医疗服务
法律效劳 法律服务
实时效劳 及时服务
效劳专线 服务专线
效劳窗口 服务窗口
平安技术 安全技术
平安保卫 安全保卫
严峻平安 重大安全
广阔群众 广大群众
广阔军民 广大军民
广阔官兵 广大官兵
不断是 一直是
新闻播送 新闻广播
播送、电视 广播、电视
公布施行 颁布施行
战争成功 战争胜利
信息化建立 信息化建设
网络建立 网络建设
建立局 建设局
创立双拥 创建双拥
祭扫顶峰 祭扫高峰
结合下发 联合下发
结合举办 联合举办
结合组织 联合组织
开拓专题 开辟专题
零间隔 零距离
进犯军人 侵犯军人
局部单位 部分单位
网络治理 网络管理
举方法律 举办法律
晋级为 升级为
屡次军地 多次军地
创始全省 开创全省
征询题 问题
慰征询 慰问
典范城 模范城
阻碍力 影响力
乡村觉察 乡村发现
流淌图书 流动图书
网络缺点 网络故障
进展海训 进行海训
进展抢修 进行抢修
进展改造 进行改造
进展军地 进行军地
制造悬挂 制作悬挂
创办讲座 举办讲座`;

/**
 * spun → original(s) for words that are also normal words (开展, 效劳, 情势…): the dictionary lines
 * that the table's rows cite, reversed, then (from 目的 on) §4.1's own list beyond the cited rows and its
 * observed-only swaps (进展 → 进行, 典范 → 模范 …). Decided in context with word frequencies (spin-context.ts).
 */
export const CONTEXT = `根底 基础
设备 设施
建立 建设
开展 发展
交融 融合
情势 形势
征询 咨询 问
亲切 密切
联络 联系
营建 营造
气氛 氛围
认识 意识
方案 计划
根本 基本
构成 形成
效劳 服务
实时 及时
平安 安全
严重 重大
广阔 广大
不断 一直
播送 广播
公布 颁布
成功 胜利
创立 创建
顶峰 高峰
结合 联合
开拓 开辟
间隔 距离
进犯 侵犯
局部 部分
治理 管理
方法 办法
晋级 升级
屡次 多次
创始 开创
目的 目标
才能 能力
本人 自己
处理 解决
地点 所在
典范 模范
进展 进行
阻碍 影响
缺点 故障
接着 继续
流淌 流动`;

/**
 * Spun verbs that must take an object, with originals that can stand alone as nouns (发展, 建设, 创建
 * are vn in jieba's tags): where nothing the verb could act on follows (a clause end, 的, 和), the
 * original is meant (经济社会开展。→ 发展; 开展活动 stays). Except after a manner adverb, where the verb
 * is a predicate of its own (工作扎实开展。).
 */
export const OBJECTLESS = `开展 发展
建立 建设
创立 创建`;
/**
 * Spun connectives of sequence (接着 "then, next") whose originals are aspect adverbs (继续 "go on
 * doing"): "then" joins an event to the one just told, and the head of a numbered item (1. / 二、 /
 * 三是) of a report has none before it: there the word opens a point of the work, 继续开展, 继续做好.
 * Only before a verb of ongoing work (ONGOING): the steps of a procedure are told in order, and there
 * 接着 is meant before the step's single action (2.接着点击, 3.接着放入).
 */
export const ITEM_HEAD = `接着 继续`;
/** Verbs of ongoing work, which report prose puts after 继续 (jieba lists 继续加强, 继续发扬, 继续抓好, 继续执行). */
export const ONGOING = ['开展', '做好', '抓好', '加强', '推进', '深化', '实施', '组织', '发挥', '完善', '落实', '坚持', '发扬', '执行'];
/**
 * Verb pairs whose original jieba lists with the heads of its objects (解决问题, 解决困难, 解决矛盾: a verb and
 * its object) and the written form with none of them: the head of the clause after the written form is read
 * for them (spin.ts clauseAfter). Not the other verb pairs: what jieba lists of their originals is a modifier
 * and its noun (联合行动, 创建活动, 形成函数), which a later verb of the clause governs as often
 * (结合自身实际开展专项行动), or the written form takes the same object as idiomatically (公布…法律). Nor a form
 * jieba tags vn, which is as often a noun inside the phrase the head ends (基层治理现代化水平: 管理水平 is a noun).
 */
export const GOVERNORS = `处理 解决`;

/**
 * Spun forms of a document genre's name: a title a report cites (《…》) ends in the genre of the document,
 * and the regulations reports cite are 办法 (管理办法, 实施办法, 暂行办法), never 方法 "method". Except where
 * jieba lists the word before it with 方法 (测定方法, 教学方法): a standard or a textbook names a method.
 */
export const TITLE_END = `方法 办法`;
export const MANNER = ['扎实', '深入', '广泛', '积极', '认真', '顺利', '有序', '全面', '普遍'];

/** Every spun and original form of the context pairs: what the word frequencies must cover. */
export const contextForms = (): string[] => [...new Set(CONTEXT.split(/\s+/).filter(Boolean))];
