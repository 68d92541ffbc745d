//! Subjects: the indicator a number measures (`全年国内生产总值1260582亿元，比上年
//! 增长5.2%` → both facts: 国内生产总值; `粮食产量69541万吨` → 粮食产量;
//! `年末全国人口140967万人` → 全国人口).
//!
//! The subject is the noun phrase that opens the number's clause, once the words
//! of time (`全年`, `年末`, a date), of linking (`为`, `达到`, `实现`) and of
//! change (`比上年增长`) are set aside. A clause that opens with the change
//! itself (`，比上年增长5.2%`) speaks of the subject of the sentence's previous
//! number. When the words left are not a noun phrase, there is no subject:
//! precision over recall.

use std::ops::Range;
use std::sync::OnceLock;

use crate::chinese::affixes::Affixes;
use crate::document::FactKind;

use super::{Cand, Ctx};

/// Words of a conversion into another currency (`韓國畢業起薪換算台幣約為 57,932
/// 元`, `折合人民币`): the phrase before the number is a clause, not an indicator.
const CONVERTING: &[&str] = &["换算", "折合", "折算", "约合"];

/// `LEADING` and `SCOPES`, indexed for the prefix test made on every phrase.
fn leading() -> &'static Affixes {
    static A: OnceLock<Affixes> = OnceLock::new();
    A.get_or_init(|| Affixes::new(&[LEADING, SCOPES]))
}

/// `LINKING`, indexed for the suffix test made on every phrase.
fn linking() -> &'static Affixes {
    static A: OnceLock<Affixes> = OnceLock::new();
    A.get_or_init(|| Affixes::new(&[LINKING]))
}

/// `BEFORE_NUMBER`, indexed for the suffix test made on every phrase.
fn before_number() -> &'static Affixes {
    static A: OnceLock<Affixes> = OnceLock::new();
    A.get_or_init(|| Affixes::new(&[BEFORE_NUMBER]))
}

/// What `only_linking` strips from the end of a gap: linking words, the words
/// before a number, totals, and the adverbs and conjunctions of a list.
fn trailing_links() -> &'static Affixes {
    static A: OnceLock<Affixes> = OnceLock::new();
    A.get_or_init(|| {
        Affixes::new(&[
            LINKING,
            BEFORE_NUMBER,
            TOTALS,
            &["又", "再", "分别", "和", "及", "与"],
        ])
    })
}

/// Words of time or scope that open a clause before its subject.
const LEADING: &[&str] = &[
    "其中",
    // (`本港最新失業率`: the latest figure of the indicator.)
    "最新",
    // (Before `全年`: the first word found is set aside.)
    "全年度",
    "全年",
    "年末",
    "年初",
    "年底",
    "年内",
    "上半年",
    "下半年",
    "前三季度",
    "今年",
    "去年",
    "当年",
    "同期",
    "本年",
    "上年",
    "目前",
    "当前",
    "现在",
    "如今",
    "日前",
    "近年来",
    "今后",
    "截至目前",
    "此外",
    "虽然",
    "但是",
    "而且",
    "并且",
    "另外",
    "同时",
    "其次",
    "首先",
    "总体看",
    "从全年看",
    "截至",
    "力争",
    "预计",
    "预期",
    "确保",
    "争取",
    "初步统计",
    "初步核算",
    "经初步核算",
    "据统计",
    "全面",
];

/// The reporting area and the level of government: what a figure's scope is, set
/// aside like `LEADING` unless the indicator is then one generic word
/// (`全区面积`, `全市人口`: the area's own measure).
const SCOPES: &[&str] = &[
    // The reporting area (a breakdown names its part: 市区, 城区).
    "全市",
    "全省",
    "全县",
    "全区",
    "全州",
    "全镇",
    "全乡",
    "全盟",
    "市区",
    "城区",
    "县内",
    "市内",
    "省内",
    "区内",
    // The level of government or the speaker's own area (`市本级一般公共预算收入`,
    // `我市地方政府债务限额`).
    "市本级",
    "县本级",
    "区本级",
    "省本级",
    "州本级",
    "本级",
    "我市",
    "我县",
    "我区",
    "我省",
    "我州",
    // Hong Kong's own word for itself (`本港失業率`).
    "本港",
    // Every part of the area, before a ranking or breakdown (`各縣市粗出生率最高為…`).
    "各县市",
    "各市县",
    "各县区",
    "各区县",
    "各地区",
    "各省市",
];

/// Measures of a reporting area itself (`全区面积`, `全市人口`): after a scope word
/// they name that area's measure, and the scope stays.
const AREA_MEASURES: &[&str] = &["面积", "人口", "总面积", "总人口", "土地面积", "户数"];

/// Heads that make a category of the nouns before them (`食品烟酒类上涨2.6%`,
/// `衣着类下降1.5%`): the tagger reads them as measure words.
const CATEGORY_HEADS: &[&str] = &["类", "大类"];

/// Words of time or expectation that may also close the phrase before the number
/// or its change (`私人消费开支全年实质增长`, `广义货币预期增长`).
const TRAILING_TIME: &[&str] = &[
    "全年",
    "全年度",
    "年末",
    "年初",
    "年底",
    "年内",
    "上半年",
    "下半年",
    "前三季度",
    "今年",
    "去年",
    "当年",
    "同期",
    "本年",
    "上年",
    "目前",
    "当前",
    "现在",
    "如今",
];

/// Words of expectation that close the phrase before a change (`广义货币预期增长`).
const EXPECTING: &[&str] = &["预期", "预计"];

/// Determiners that are part of an indicator's name (`各项存款余额`, `各类市场主体`,
/// a budget's `其他收入`, Hong Kong's `本地生产总值`, `本地配套率`), though the tagger
/// reads them as pronouns.
const NAMED_DETERMINERS: &[&str] = &["各项", "各类", "其他", "其它", "本地"];

/// Levels of government: the scope of a budget's account (`市级一般公共预算收入` is
/// the city's own share of 一般公共预算收入), but a kind of other things
/// (`县级储备粮`). Set aside only before a budget or public finance.
const LEVELS: &[&str] = &["市级", "县级", "区级", "省级", "州级"];

/// Does `其中` (of which) open the clause that `pos` starts?
fn part_of_a_total(cx: &Ctx, pos: usize) -> bool {
    cx.s[..pos]
        .trim_end_matches([' ', '\u{3000}', '，', ',', '：', ':'])
        .ends_with("其中")
}

/// What a level of government is the scope of (see `LEVELS`).
fn budget_words(s: &str) -> bool {
    s.contains("预算") || s.starts_with("财政")
}

/// Words of cause that open an adjunct, not a subject (`因证所税事件分别降为951亿元`).
/// So do words of what a figure leaves out (`扣除价格因素实际增长6.6%`: growth at
/// constant prices, whose subject is the indicator before).
const CAUSAL: &[&str] = &["由于", "因为", "因", "扣除", "剔除"];

/// The words of `CAUSAL` that give a reason (the others set something aside).
const CAUSES: &[&str] = &["由于", "因为", "因"];

/// The words of `CAUSAL` that set something aside (`扣除价格因素`); a noun may
/// open with them too (`扣除标准`).
const DEDUCTING: &[&str] = &["扣除", "剔除"];

/// How far into the clause before a cause may start, in bytes (24 characters).
const CAUSE_TOPIC_BYTES: usize = 72;

/// How many clauses back the noun and its cause may stand.
const CAUSE_CLAUSES: usize = 4;

/// The noun that opens the clause before `clause` when a cause follows it right
/// away (`百货公司因逢年中庆…热卖，` → `百货公司`, `燃料零售业则因油价…成长，`):
/// what a change opening the next clause is about. Not when that clause holds a
/// figure (it starts after `floor`, the end of the figure before).
fn cause_topic(cx: &Ctx, clause: usize, floor: usize) -> Option<Range<usize>> {
    // The clauses before, nearest first: the cause may run on (`便利商店因門市擴增，
    // 加上輕食…需求增加，年增7.2%`).
    let mut end = clause;
    for _ in 0..CAUSE_CLAUSES {
        let before = cx.s[..end].trim_end_matches([' ', '\u{3000}']);
        let comma = before.strip_suffix(['，', ',', '、'])?;
        let prev = clause_start(cx, comma.len());
        if prev < floor || prev >= comma.len() {
            return None;
        }
        let text = &cx.s[prev..comma.len()];
        let cause = text
            .char_indices()
            .take_while(|(k, _)| *k <= CAUSE_TOPIC_BYTES)
            .find(|(k, _)| {
                *k > 0
                    && CAUSES.iter().any(|w| text[*k..].starts_with(w))
                    && !NOT_CAUSAL.iter().any(|w| text[*k..].starts_with(w))
            });
        if let Some((k, _)) = cause {
            // (`则因`: the adverb is not the noun's.)
            let head = text[..k].trim_end_matches(['则', '均', '皆', '亦', '也', '主']);
            let r = noun_phrase(cx, prev..prev + head.len(), false)?;
            return (r.end == prev + head.len()).then_some(r);
        }
        end = prev;
    }
    None
}

/// Words opened by a causal character that say no cause: `因公出国(境)费` is the
/// cost of travel on official business, `因私` on private business.
const NOT_CAUSAL: &[&str] = &["因公", "因私"];

/// Prepositions of source that open a clause before its subject (`按股市日平均
/// 交易量 2009 年是…`, `据统计`), and the possessive `其` (`其普及率也只有58.09%`:
/// the indicator is what follows), and conjunctions that join a clause to the one
/// before (`而美國黃金期貨下跌 0.2%`, `且亩均投资强度不低于200万元`), or make it a
/// condition (`如总数超过12节`, `若年收入低于5万元`): set aside only when they are a
/// word of their own.
const LEADING_WORDS: &[&str] = &[
    "按照", "按", "根据", "依据", "据", "其", "而", "但", "并且", "且", "如", "若", "如果", "假如",
    "凡",
];

/// Words that open a note in brackets on what a figure includes or means
/// (`(含经常性与非经常性薪资)`, `（不含土地出让金）`, `(即…)`).
const SCOPE_NOTES: &[&str] = &["含", "包括", "包含", "不含", "不包括", "即", "指"];

/// Words of extent that the tagger reads as nouns before the verb they qualify
/// (`全數刪除…公共關係費`): with the verb, the action, not the indicator.
const EXTENT_WORDS: &[&str] = &["全数", "全额"];

/// Words between a subject and its number that are neither: adverbs of degree or
/// attitude (`仅`, `只有`, `高达`, `竟`, `也`, `首次突破`), modals and words of aim or expectation (`宜维持在`, `应控制在`, `要达到`, `力争达到`, `预计`, `会增加到`), the preposition of a range's start
/// (`从X增长到Y`, `由X提高到Y`) and of a level (`普及率在三成以下`), and `计` (`总经费
/// 计117亿`). Set aside from the phrase's end only when they are a word of their own.
const BEFORE_NUMBER: &[&str] = &[
    "仅有",
    "只有",
    "仅为",
    "仅",
    "只",
    "高达",
    "竟",
    "也",
    "亦",
    "已",
    "已经",
    "约",
    "大约",
    "将",
    "就",
    "都",
    "均",
    "更",
    "还",
    "计",
    "则",
    "从",
    "由",
    "在",
    "宜",
    "应",
    "须",
    "需",
    "首次",
    "再次",
    "继续",
    "持续",
    "稳步",
    "同步",
    "要",
    "力争",
    "争取",
    "预计",
    "有望",
    "可望",
    "会",
    "将会",
    "可以",
    "可",
    "能",
    "进一步",
    "略为",
    "略",
    "稍",
    "平均",
    // How a figure is measured, not what: in real or nominal terms (`私人消费开支
    // 全年实质增长4%`, `服务输出实质增长只有1.2%`).
    "实质",
    "实际",
    "名义",
    // How much of it and when, before a verb of cutting (`爰提案全数删除`,
    // `先行删除3亿元`).
    "全数",
    "先行",
];

/// Verbs of proposing and deciding: a phrase that ends in one before a verb of
/// change names the motion, not an indicator (`爰建议删除6,000千元`, `本席提案删减
/// 1亿元`); a count of them is of the noun (`办理人大代表建议156件`).
const PROPOSING: &[&str] = &["建议", "提案", "提议", "决议", "主张", "要求", "同意"];

/// Prepositions of a starting time or level before a date (`整体通胀率从2011年第三季
/// 6.4%的高位`, `失业率自年中3.2%的低位`): the subject stands before them.
const FROM_WHEN: &[&str] = &["从", "自", "由", "在", "于"];

/// Verbs of existence: in `四县有学前教育机构265所` what is counted follows the
/// verb, and what precedes it is where.
const EXISTENTIAL: &[&str] = &["有", "拥有", "现有"];

/// Verbs of reporting: in `金管会统计台股日均成交量` the indicator follows the verb,
/// and what precedes it is who reports.
const REPORTING: &[&str] = &["统计", "显示", "指出", "公布", "发布"];

/// Verbs of prescribing (`现行法规定`, `办法要求`): what stands before the figure is
/// a rule that sets it, not the indicator it measures.
const STIPULATING: &[&str] = &["规定", "要求", "明确"];

/// Words the tagger reads as places that are part of an indicator's name
/// (`城镇新增就业`, `城市维护建设税`, `农村居民人均可支配收入`), not its scope.
/// Regions named by a common word, which the tagger reads as no place name (`內地
/// (2.3%)`, Hong Kong's word for the mainland).
const REGIONS_BY_NAME: &[&str] = &["内地", "大陆", "海外", "本港"];

const GENERIC_PLACES: &[&str] = &[
    "城镇", "城市", "农村", "城乡", "乡村", "乡镇", "村镇", "全国", "国内", "国外", "境内", "境外",
];

/// Verbs of building that open a clause before what is built (`新建乡镇文化站58个`);
/// the tagger reads `新建` as a place name (a county), so it is named here.
const BUILDING: &[&str] = &["新建改建", "新建", "改建", "扩建", "续建", "新改建", "建设"];

/// Verbs of striving for a target, which the tagger may read as nouns (`力争`).
const STRIVING: &[&str] = &["力争", "争取", "确保", "力求", "努力"];

/// Verbs of giving, whose first object is who receives (`给予企业30万元奖励`,
/// `奖励企业200万元`, `补助每户1万元`).
const GIVING: &[&str] = &[
    "给予", "奖励", "补助", "补贴", "资助", "奖补", "支付", "发放", "拨付", "授予", "给",
];

/// Receivers of what is given, besides the entities (`dicts/entity_nouns.txt`).
const RECIPIENTS: &[&str] = &["户", "人", "者", "员", "村", "学校", "个人", "家庭"];

/// Verbs of carrying out that the tagger reads as adjectives (`落实海绵城市达标区
/// 面积`): like `BUILDING`, they open a clause before what is done.
const CARRYING_OUT: &[&str] = &["落实"];

/// Measures that name an indicator only with their owner (`工业增加值`,
/// `渔业产值`, `死亡人数`, `增加幅度`); alone they are no subject.
const GENERIC_MEASURES: &[&str] = &[
    // (Nor does a plan alone: `一九八一年计划为百分之三点七`.)
    "计划",
    "幅度",
    "增幅",
    "产值",
    "增加值",
    "总值",
    "总额",
    "总量",
    "人数",
    "数量",
    "总数",
    "次数",
    "个数",
    // (Nor a result: `審議結果減列59億元`.)
    "结果",
];

/// Words of size that stand for the indicator named just before them (`规模`).
const SIZE_WORDS: &[&str] = &["规模"];

/// Words of age the tagger reads as words of time, which name a group of people
/// in an indicator (`青年失业率`, `老年人口`, `少年儿童`).
const AGE_GROUPS: &[&str] = &["青年", "少年", "中年", "老年", "幼年"];

/// Sectors of the economy shortened to a numeral and `产` (`一产增加值` for 第一产业
/// 增加值): names, though they open with a numeral.
const SECTORS: &[&str] = &["一产", "二产", "三产"];

/// Contracted coordinations: one word for two indicators (城乡 for 城镇 and 农村,
/// 存贷款 for 存款 and 贷款, 进出口 for 进口 and 出口).
const CONTRACTED: &[&str] = &[
    "城乡",
    "存贷",
    "进出口",
    "中小",
    "大中",
    "内外",
    "中外",
    "本外币",
    "工农",
    "农林牧渔",
    "中高",
];

/// Words of measure that head an indicator (`装备制造产业增加值`, `游客人数`): an item
/// of a list without one, before an item with one, shares that item's.
const MEASURE_HEADS: &[&str] = &[
    "增加值",
    "产值",
    "总值",
    "总额",
    "总量",
    "收入",
    "支出",
    "产量",
    "价格",
    "余额",
    "规模",
    "比重",
    "人数",
    "数量",
    "面积",
    "销量",
    "销售额",
    "营业额",
    "利润",
    "投资",
    "增速",
    "产出",
];

/// Nouns that head an indicator though the tagger reads them as verbs
/// (`旅游收入`, `公共财政预算支出`, `营收`, `畢業生的起薪`, the fee of `一般事务费`).
const VERBAL_HEADS: &[&str] = &[
    "收入", "支出", "开支", "产出", "营收", "出栏", "投资", "增速", "占比", "率", "起薪", "决算",
    "预算", "费", "就业",
];

/// Verbs of policy that make a slogan of the indicator after them (`稳就业`,
/// `保就业`, `促就业`, `扩就业`).
const POLICY_VERBS: &[char] = &['稳', '保', '促', '扩'];

/// Whether a phrase is a slogan: one verb of [`POLICY_VERBS`] and a head of
/// [`VERBAL_HEADS`] (`稳就业`, `扩投资`).
fn policy_slogan(phrase: &str) -> bool {
    let mut chars = phrase.chars();
    chars.next().is_some_and(|c| POLICY_VERBS.contains(&c))
        && VERBAL_HEADS.contains(&chars.as_str())
}

/// Last characters of a head that the tagger joins to a linking word after them
/// (`治理率达`, `占比达`, `达标率为`).
const GLUED_HEADS: &[&str] = &["率", "比", "数"];

/// Comparisons: the number measures a gap, not the phrase before it.
const COMPARING: &[&str] = &["低于", "高于", "超过", "不足", "少于", "多于"];

/// Words that open a comparison's base (`较原预算数`, `比上年`, `相较去年`), as
/// words of their own.
const COMPARED_WITH: &[&str] = &["较", "比", "较之", "相较", "相比", "比起", "对比"];

/// Adjectives that 较 makes "rather …" (`较大`, `较高`, `较低收入群体`).
const RATHER_ADJECTIVES: &str = "大小高低多少好差快慢强弱长短重轻早晚深浅宽窄远近新老";

/// Words that link a subject to its number (`为`, `达到`), set aside from its end.
const LINKING: &[&str] = &[
    // A new level, not a change (`绿化覆盖率提高到45.2%`).
    "提高到",
    "提高至",
    "上升到",
    "上升至",
    "增长到",
    "增长至",
    "增加到",
    "增加至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    "降为",
    "减为",
    "增为",
    "升为",
    "升至",
    "减至",
    "回升到",
    "回升至",
    // A level returned to (`活動數目會回復至32342項`).
    "回复至",
    "回复到",
    "恢复至",
    "恢复到",
    // Where a figure lands or is looked to reach (`營業額約落在4,353億至4,484億元`,
    // `營收額將上看4000億元`).
    "落在",
    "上看",
    "回落到",
    "回落至",
    "涨至",
    "涨到",
    "跌至",
    "跌到",
    "上涨至",
    "上涨到",
    "下跌至",
    "下跌到",
    "萎缩至",
    "提升到",
    "提升至",
    // A level held (`城镇调查失业率控制在5.5%左右`, `水质优良率保持100%`).
    "始终保持",
    "保持",
    "控制在",
    "保持在",
    "维持在",
    "维持",
    "稳定在",
    // Estimates between the subject and its verb (`产量预估下降至290万吨`).
    "预估",
    "预计",
    "分别为",
    "分别达",
    "分别是",
    "达到了",
    "达到",
    "约为",
    "共计",
    // A budget's amount as drawn up (Taiwan's `總統府主管原列3,324萬6千元`): see
    // [`BUDGET_DRAWN_UP`].
    "原列",
    "原编列",
    "所编列的",
    "编列的",
    "所编列",
    "编列",
    // Hong Kong's words of a figure recorded or totalled (`訪港旅客量錄得逾2,000萬
    // 人次`, `內地旅客合共有約1,520萬人次`).
    "录得",
    "合共有",
    "合共",
    "累计建设",
    "累计建成",
    "累计",
    "完成",
    "实现",
    "共有",
    "已达",
    "将达",
    "突破",
    "超过",
    "为",
    // (`失業率高達為 12.05%`: an adverb of degree before `达`.)
    "高达",
    "多达",
    "达",
    "是",
    "共",
    "有",
    "增至",
    "降至",
    "分别",
    "年均",
    "平均",
    "均",
    "同比",
    "环比",
    "可比",
    // Real or nominal, of a change (`实际增长9.8%`).
    "实际",
    "名义",
];

/// Words of a budget's amount as drawn up, after the office or item whose it is
/// (`司法院原列785萬1千元`): an office named alone is then the subject.
const BUDGET_DRAWN_UP: &[&str] = &["原列", "原编列", "编列"];

/// Rates whose gap to another period's or place's is told after `比`/`较`
/// (`比同期增速高0.8个百分点`), and the words of that gap.
const COMPARED_RATES: &[&str] = &["增速", "增幅"];
const GAP_WORDS: &[char] = &['高', '低', '快', '慢'];

/// Words between a change and the level it ends at (`下跌 0.3% 至 2,014.62 美元`).
const LEVEL_AFTER_CHANGE: &[&str] = &["至", "到"];

/// Words of totals after an indicator: part of its name when they follow a word
/// of measure (`一般公共预算收入总计` is income plus transfers, another line than
/// `一般公共预算收入`), else a copula (`经费合计96万元`).
const TOTALS: &[&str] = &["总计", "合计", "小计"];

/// Words after an indicator that name another indicator (`收入总计`, `结余净额`,
/// `存款余额`): they end a subject, but are none alone.
const HEAD_SUFFIXES: &[&str] = &["总计", "合计", "小计", "净额", "余额"];

/// Verbs that before a noun name its kind, not an action done to it
/// (`出生人口`, `开工项目`, `竣工项目`, `实到外资`): they stay in the subject.
const KIND_VERBS: &[&str] = &[
    "出生", "死亡", "迁入", "迁出", "开工", "竣工", "在建", "续建", "投产", "签约", "实到", "到位",
    "在校", "在园", "在职", "退休", "参保", "入境", "出境", "过夜",
];

/// Whether the verb token `t` names the kind of the noun right after it (see
/// [`KIND_VERBS`], [`KIND_HEADS`]); before another verb or a determiner it is the
/// action (`开工建设重大项目`, `竣工各类保障性住房`).
fn names_a_kind(cx: &Ctx, t: &crate::segment::Tok) -> bool {
    KIND_VERBS.contains(&&cx.s[t.start..t.end])
        && cx.token_at(t.end).is_some_and(|n| {
            n.start == t.end && KIND_HEADS.iter().any(|h| cx.s[n.start..].starts_with(h))
        })
}

/// The nouns a verb of [`KIND_VERBS`] makes a kind of (`开工项目`, `竣工面积`,
/// `到位资金`, `出生人口`, `过夜游客`); before another noun the verb is what is
/// done to it (`竣工保障性租赁住房1.15万套`).
const KIND_HEADS: &[&str] = &[
    "项目", "面积", "资金", "金额", "人口", "人数", "人员", "人次", "游客", "旅客", "外资", "内资",
    "学生", "幼儿", "儿童", "职工", "矿井",
];

/// Words before an indicator that make it another (`新增限额债券`, `结存限额债券`,
/// `滚存结余`, `当期收支结余`, `历年结余`): not verbs or words of time here.
const HEAD_PREFIXES: &[&str] = &["新增", "结存", "滚存", "当期", "历年"];

/// The longest indicator opened by `年` (a year's: `年粗出生率`, `年旅客吞吐量`), in
/// characters.
const YEARLY_MAX_CHARS: usize = 7;

/// Characters that with a final `计` make a word (`统计`, `会计`, `合计`): any other
/// `计` at the end of a phrase is the copula of a sum (`經費計 96 萬元`).
const JI_WORDS: &str = "统会设审估预累伙生核主总合共小诡算";

/// Characters that end a clause (an opening quotation mark too: what is quoted
/// starts a phrase of its own, `表示「股市上市交易量宜维持在…`).
fn clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '！'
            | '？'
            | '\n'
            // A tab sets paragraphs apart inside one line (texts joined from
            // cells or paragraphs: `…非常困難。\t\t臺南市歲入編列946億元`).
            | '\t'
            | ','
            | ';'
            | ':'
            | '、'
            | '（'
            | '('
            | '「'
            | '『'
            | '“'
    )
}

/// Enclosed numbers that mark a list's items (`①`…`⑳`, `⑴`, `⒈`, `❶`).
fn is_item_mark(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{24FF}' | '\u{2776}'..='\u{2793}' | '\u{3251}'..='\u{325F}' | '\u{32B1}'..='\u{32BF}')
}

/// A list's marker at the start of `text`, by its length: a run of dashes
/// (`——税收收入18319万元`, budget reports' items) or a number closed by a bracket
/// or a mark (`1)上级补助收入`, `（一）` read from after its opening bracket, `3.`,
/// `二、`). Not a number of the phrase (`1.5倍`, `5)` after a word).
fn list_marker_len(text: &str) -> Option<usize> {
    let dashes = text.len() - text.trim_start_matches(['—', '─', '━', '－', '-']).len();
    if dashes > 0 {
        return Some(dashes);
    }
    let digits = text
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    if digits > 9 {
        return None;
    }
    let mark = text[digits..].chars().next()?;
    let ends = matches!(mark, ')' | '）' | '、' | '．')
        || mark == '.' && !text[digits + 1..].starts_with(|c: char| c.is_ascii_digit());
    ends.then(|| digits + mark.len_utf8())
}

/// Characters that end a sentence (a subject is never inherited across one).
fn sentence_mark(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | '\n' | ';')
}

/// How far a subject carries to a later number of its sentence, in bytes.
const INHERIT_BYTES: usize = 600;

/// Longest subject, in characters.
const MAX_CHARS: usize = 16;

/// The noun phrase that a clause without figures, ending just before `clause`,
/// names (a parenthesis after it set aside): the topic of the clauses after it.
/// Nothing before `floor` (the last figure) is read.
fn topic_before(cx: &Ctx, clause: usize, floor: usize) -> Option<Range<usize>> {
    let mut end = cx.s[..clause].char_indices().next_back()?.0;
    if !matches!(cx.s[end..].chars().next(), Some('，' | ',' | '：' | ':')) {
        return None;
    }
    let before = cx.s[..end].trim_end_matches([' ', '\u{3000}']);
    if before.ends_with(['）', ')']) {
        end = before.rfind(['（', '('])?;
    }
    let start = clause_start(cx, end);
    if start < floor || start >= end {
        return None;
    }
    // A clause without a number was not segmented: cut this one now (it is
    // short, and only a date's clause with no subject of its own asks).
    noun_phrase(&segmented(cx, start..end)?, start..end, false)
}

/// Longest label before a colon taken whole, in characters.
const LABEL_MAX_CHARS: usize = 30;

/// The label before the colon that ends just before `clause`, whole: a label
/// names its figure in full (`归属于母公司所有者的净利润:10,242.15 万元`, not only
/// `净利润`), a list's marker aside (`(一)利润总额:`). It must end in a noun.
fn label_before(cx: &Ctx, clause: usize) -> Option<Range<usize>> {
    let colon = cx.s[..clause].char_indices().next_back()?.0;
    let mut start = clause_start(cx, colon);
    // A label a hard wrap cuts (`…损益的净` + wrap + `利润:`) opens on the line before.
    if start > 0 && cut_by_wrap(cx, start).is_some() {
        start = clause_start(cx, start - 1);
    }
    let own = segmented(cx, start..colon)?;
    let last = own
        .tokens
        .iter()
        .rev()
        .find(|t| !cx.s[t.range()].trim().is_empty())?;
    // (A verb used as a noun names a figure too: `投资:500万元`, `总投资：`, and so
    // do set phrases: `粮食产量：`, `转移就业：`.)
    let tag = own.tag(last);
    // (A set phrase only when it ends in what is measured: not `一般来说：`.)
    let word = &cx.s[last.range()];
    let measured_phrase = tag.as_str() == "l" && MEASURE_HEADS.iter().any(|h| word.ends_with(h));
    if !tag.is_noun()
        && !matches!(tag.as_str(), "vn" | "j")
        && !measured_phrase
        && !VERBAL_HEADS.contains(&word)
    {
        return None;
    }
    let mut r = start..last.end;
    let t = &cx.s[r.clone()];
    r.start += t.len() - t.trim_start().len();
    while let Some(len) = list_marker_len(&cx.s[r.clone()]) {
        r.start += len;
    }
    // The label's noun phrase, with the phrase in 的 that defines it
    // (`归属于母公司所有者的` of `净利润`).
    let np = noun_phrase(&own, r.clone(), false)?;
    let r = if np.start > r.start && cx.s[..np.start].ends_with('的') {
        r.start..np.end
    } else {
        np
    };
    let chars = cx.s[r.clone()].chars().count();
    ((2..=LABEL_MAX_CHARS).contains(&chars)).then_some(r)
}

/// Characters after 占 that make it another word (`占用`, `占有`, `占补`, `占领`; not
/// 地, which `占地区生产总值` begins with).
const ZHAN_WORDS_AFTER: &[char] = &['用', '有', '补', '领'];

/// Words of time a level may be given at (`年中`, `年初`) after `从`/`自`/`由`.
const TIME_WORDS: &[&str] = &[
    "年初", "年中", "年底", "年末", "月初", "月中", "月底", "月末",
];

/// `失業率自年中 3.2%`: the indicator before `从`/`自`/`由` and a word of time
/// that ends the words before the figure.
fn from_a_time_word(cx: &Ctx, range: Range<usize>) -> Option<Range<usize>> {
    let t = cx.s[range.clone()].trim_end_matches([' ', '\u{3000}']);
    let w = TIME_WORDS.iter().find(|w| t.ends_with(**w))?;
    let head = &t[..t.len() - w.len()];
    let from = FROM_WHEN
        .iter()
        .filter(|f| matches!(**f, "从" | "自" | "由"))
        .find(|f| head.ends_with(**f))?;
    let end = range.start + head.len() - from.len();
    (end > range.start)
        .then(|| noun_phrase(cx, range.start..end, false))
        .flatten()
}

/// The longest gloss in brackets after an indicator (`（GDP）`, `（含税）`), in
/// characters.
const GLOSS_MAX_CHARS: usize = 12;

/// The indicator before a gloss in brackets that ends the phrase `start..end`,
/// with its gloss (`地区生产总值（GDP）`), the clause opening at the bracket; the
/// indicator starts after `floor` (the fact before it: `2024年地区生产总值（GDP）`).
fn glossed(cx: &Ctx, start: usize, end: usize, floor: usize) -> Option<Range<usize>> {
    let phrase = cx.s[start..end].trim_end_matches([' ', '\u{3000}']);
    if !phrase.ends_with(['）', ')'])
        || phrase.contains(['（', '('])
        || phrase.chars().count() > GLOSS_MAX_CHARS + 1
    {
        return None;
    }
    let (open, _) = cx.s[..start]
        .char_indices()
        .next_back()
        .filter(|(_, c)| matches!(c, '（' | '('))?;
    let from = clause_start(cx, open).max(floor);
    if from >= open {
        return None;
    }
    // The gloss is the indicator's, and stays with it (`矿产品(油品)`); a note's
    // number is not (`中小企业（4）`).
    let r = noun_phrase(&segmented(cx, from..open)?, from..open, false)?;
    let note = note_number(phrase);
    Some(if r.end == open && !note {
        r.start..start + phrase.len()
    } else {
        r
    })
}

/// Whether a bracketed aside (its brackets optional) holds only a note's number
/// (`（4）`), which names no part of the indicator before it.
fn note_number(aside: &str) -> bool {
    let inner = aside.trim_matches(['(', ')', '（', '）', '[', ']', '［', '］', ' ']);
    !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit())
}

/// A context whose words are those of `range` cut now: the clauses without a
/// number are not segmented when facts are read (see `Segmenter::cut_numeric`).
/// Only for a few short clauses that a rule asks about.
fn segmented<'a>(cx: &Ctx<'a>, range: Range<usize>) -> Option<Ctx<'a>> {
    let seg = cx.a.segmenter?;
    let tokens: Vec<_> = seg
        .cut(&cx.s[range.clone()])
        .into_iter()
        .map(|mut t| {
            t.start += range.start;
            t.end += range.start;
            t
        })
        .collect();
    Some(Ctx {
        a: cx.a,
        s: cx.s,
        range,
        tokens: std::borrow::Cow::Owned(tokens),
        nums: Vec::new(),
        vague: Vec::new(),
        taiwan: cx.taiwan,
        hong_kong: cx.hong_kong,
        public_finances: cx.public_finances,
        memo: Default::default(),
    })
}

/// Whether the words of `range` are a noun, as the tagger reads them alone (the
/// head of a word the segmenter fused with a qualifier: `全长` of `全长约`, not
/// `有` of `有近` or `首` of `首超`).
fn is_noun_word(cx: &Ctx, range: Range<usize>) -> bool {
    cx.a.segmenter
        .is_some_and(|seg| seg.jieba().tag_of(&cx.s[range]).starts_with('n'))
}

/// `批发和零售业`, `住宿和餐饮业`: a word the tagger reads as a verb, joined by `和`
/// (or `及`, `与`) to what follows, is a noun of a coordinated name (a verb is not
/// joined to a noun that way).
fn coordinated(cx: &Ctx, at: usize) -> bool {
    cx.token_at(at)
        .filter(|t| t.start == at)
        .is_some_and(|t| matches!(&cx.s[t.start..t.end], "和" | "及" | "与"))
}

/// Words that rank an indicator's places or items, the first of a ranking
/// (`最高为`) and those after it (`其次为`).
const FIRST_RANKS: &[&str] = &[
    "最高为",
    "最高是",
    "最高的是",
    "最低为",
    "最低是",
    "最低的是",
    "最多为",
    "最少为",
    "最大为",
    "最小为",
];
const NEXT_RANKS: &[&str] = &["再其次为", "其次为", "其次是", "次为", "再次为", "再次是"];

/// The longest name of who ranks between a word of rank and the figure, in
/// characters.
const RANKED_MAX_CHARS: usize = 8;

/// `粗出生率最高为彰化县千分之9.29，其次为澎湖县千分之9.08`: in the phrase `r`
/// before a figure, a word of rank and who ranks (a place, an item); the
/// indicator ranked is the phrase before the sentence's first word of rank.
fn ranked_indicator(cx: &Ctx, r: Range<usize>) -> Option<Range<usize>> {
    let text = &cx.s[r.clone()];
    // (Every word of rank holds 最 or 次: most phrases are passed over at once.)
    if !text.contains(['最', '次']) {
        return None;
    }
    let (k, w, first) = FIRST_RANKS
        .iter()
        .filter_map(|w| text.find(w).map(|k| (k, *w, true)))
        .chain(
            NEXT_RANKS
                .iter()
                .filter_map(|w| text.find(w).map(|k| (k, *w, false))),
        )
        .min_by_key(|&(k, w, _)| (k, std::cmp::Reverse(w.len())))?;
    let who = text[k + w.len()..].trim_matches([' ', '\u{3000}']);
    if who.is_empty() || who.chars().count() > RANKED_MAX_CHARS {
        return None;
    }
    let anchor = if first {
        r.start + k
    } else {
        // The sentence's first word of rank, in an earlier clause.
        let sentence = cx.s[..r.start]
            .rfind(['。', '；', '！', '？', '\n'])
            .map_or(0, |i| {
                i + cx.s[i..].chars().next().map_or(1, char::len_utf8)
            });
        let head = &cx.s[sentence..r.start];
        let (k, _) = FIRST_RANKS
            .iter()
            .filter_map(|w| head.find(w).map(|k| (k, *w)))
            .min_by_key(|&(k, _)| k)?;
        sentence + k
    };
    let from = clause_start(cx, anchor);
    (from < anchor)
        .then(|| noun_phrase(cx, from..anchor, false))
        .flatten()
}

/// Stages of a budget's figure before `数` (`预算数`, `决算数`, `编列数`).
const BUDGET_STAGES: &[&str] = &[
    "预算", "决算", "编列", "审定", "执行", "核定", "剩余", "预计", "追加", "核减", "删减", "实际",
    "调整", "批准", "结余",
];

/// Heads that count what the verb before them names (`死亡人数`, `受伤人数`,
/// `办结数`, `参保户数`): a verb and such a head make one noun.
const COUNTING_HEADS: &[&str] = &[
    "人数", "数", "次数", "起数", "户数", "件数", "人次", "数量", "总数",
];

/// `死亡人数`, `办结数`: the verb at `at` is followed by a head of counting that
/// ends the phrase at `end`, so it names what is counted (not an action).
fn counted_by_verb(cx: &Ctx, verb_end: usize, end: usize) -> bool {
    !budget_stage_figure(cx, verb_end)
        && cx.token_at(verb_end).is_some_and(|n| {
            // (The tagger may glue the head to the linking word after it: `办结数为`.)
            n.start == verb_end && n.end >= end && COUNTING_HEADS.contains(&&cx.s[n.start..end])
        })
}

/// `预算数`, `决算数`: `数` after a stage of a budget (at `at`) is that budget's
/// figure, whose it is left unsaid, as a measure alone.
fn budget_stage_figure(cx: &Ctx, at: usize) -> bool {
    cx.s[at..].starts_with('数') && BUDGET_STAGES.iter().any(|w| cx.s[..at].ends_with(w))
}

/// Where the clause before `pos` starts (at most 64 characters back).
fn clause_start(cx: &Ctx, pos: usize) -> usize {
    let mut start = pos;
    // The opening mark of a quoted term or a gloss that a name holds, once its
    // closing mark has been passed (see [`inner_pair_open`]).
    let mut inside: Option<usize> = None;
    for (i, c) in cx.s[..pos].char_indices().rev().take(64) {
        if let Some(open) = inside {
            if i == open {
                inside = None;
            }
            start = i;
            continue;
        }
        if let Some(open) = inner_pair_open(cx, i, c, pos) {
            inside = Some(open);
            start = i;
            continue;
        }
        // (The `、` of a listed name is inside a word: `交通运输、仓储和邮政业`.)
        if clause_mark(c) && !(c == '、' && cx.token_at(i).is_some_and(|t| t.start < i)) {
            return i + c.len_utf8();
        }
        start = i;
    }
    start
}

/// Where the quoted term or gloss opened at `p` closes, when it is one that a
/// name holds (it closes before `end` and the name goes on after it).
fn inner_pair_close(cx: &Ctx, p: usize, end: usize) -> Option<usize> {
    let close = match cx.at(p)? {
        '“' => '”',
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    let (k, _) = cx.s[p..end]
        .char_indices()
        .take(INNER_PAIR_MAX_CHARS + 2)
        .find(|&(_, ch)| ch == close)?;
    let c = p + k;
    let after = c + close.len_utf8();
    // (A gloss may end the name too: `矿产品(油品)增67.9%`.)
    let ends_name =
        after == end && k > close.len_utf8() && cx.s[..p].ends_with(crate::chinese::chars::is_han);
    (ends_name || inner_pair_open(cx, c, close, end) == Some(p)).then_some(after)
}

/// Words after a quoted term that make it a time (`“十四五”时期`, `“十三五”以来`).
const TIMES_OF_A_TERM: &[&str] = &[
    "时期",
    "期间",
    "以来",
    "初期",
    "中期",
    "末期",
    "期末",
    "期初",
    "开局之年",
    "收官之年",
];

/// Most characters between the marks of a quoted term or gloss inside a name.
const INNER_PAIR_MAX_CHARS: usize = 8;

/// Most characters of a note in brackets on what a figure includes ([`SCOPE_NOTES`]).
const SCOPE_NOTE_MAX_CHARS: usize = 24;

/// Where the pair closed by `c` at `i` opens, when the pair stands inside a
/// name, as part of it: a quoted term (`“三公”经费`, `“十四五”时期`) or a short
/// gloss after a word (`因公出国(境)费`), each with the name going on after it
/// (a word character, not the figure at `pos`).
fn inner_pair_open(cx: &Ctx, i: usize, c: char, pos: usize) -> Option<usize> {
    let (open, gloss) = match c {
        '”' => ('“', false),
        '）' => ('（', true),
        ')' => ('(', true),
        _ => return None,
    };
    let after = i + c.len_utf8();
    if after >= pos || !cx.s[after..].starts_with(crate::chinese::chars::is_han) {
        return None;
    }
    let inner = &cx.s[..i];
    let (k, _) = inner
        .char_indices()
        .rev()
        .take(SCOPE_NOTE_MAX_CHARS + 1)
        .find(|&(_, ch)| ch == open || clause_mark(ch) || sentence_mark(ch))?;
    if !inner[k..].starts_with(open) || k + open.len_utf8() == i {
        return None;
    }
    // (A note on what the figure includes may be longer: `(含經常性與非經常性薪資)`.)
    let body = &inner[k + open.len_utf8()..];
    if body.chars().count() > INNER_PAIR_MAX_CHARS
        && !(gloss && SCOPE_NOTES.iter().any(|w| body.starts_with(w)))
    {
        return None;
    }
    // A gloss follows a word (`出国(境)`); a bracket after a mark opens an aside.
    if gloss && !cx.s[..k].ends_with(crate::chinese::chars::is_han) {
        return None;
    }
    Some(k)
}

/// The noun phrase in `range`, trimmed of leading time words and trailing
/// linking words; `None` unless it reads as one.
///
/// `at_change`: the phrase ends where a word of change begins, which may sit
/// inside a set phrase of the tagger's (`价格上涨` → `价格` + `上涨`).
fn noun_phrase(cx: &Ctx, mut range: Range<usize>, at_change: bool) -> Option<Range<usize>> {
    let original_end = range.end;
    // A name in corner brackets is kept as written (`「購建郵政局所計畫」`).
    let mut quoted = false;
    let trim = |r: &mut Range<usize>| {
        let t = &cx.s[r.clone()];
        let inner = t.trim_start_matches([' ', '\u{3000}']);
        r.start += t.len() - inner.len();
        let t = &cx.s[r.clone()];
        r.end -= t.len() - t.trim_end_matches([' ', '\u{3000}']).len();
    };
    loop {
        trim(&mut range);
        let text = &cx.s[range.clone()];
        // A budget line named in corner brackets (`「一般事務費」刪減二十萬元`): its
        // name is the indicator.
        if let Some(inner) = text
            .strip_prefix('「')
            .and_then(|t| t.strip_suffix('」'))
            .or_else(|| text.strip_prefix('『').and_then(|t| t.strip_suffix('』')))
            .filter(|t| !t.contains(['「', '」', '『', '』']) && !t.is_empty())
        {
            range = range.start + '「'.len_utf8()..range.start + '「'.len_utf8() + inner.len();
            quoted = true;
            break;
        }
        // (The phrase may start inside the brackets: an opening one ends a clause.)
        if matches!(cx.before(range.start), Some('「' | '『'))
            && text.ends_with(['」', '』'])
            && !text.contains(['「', '『'])
            && text.matches(['」', '』']).count() == 1
        {
            range.end -= '」'.len_utf8();
            quoted = true;
            break;
        }
        // An item's mark (`①税收收入`, `⑵`) numbers the list, not the indicator.
        if let Some(c) = text.chars().next().filter(|&c| is_item_mark(c)) {
            range.start += c.len_utf8();
            continue;
        }
        if let Some(len) = list_marker_len(text) {
            range.start += len;
            continue;
        }
        // A note's number after the name (`中小企业（4）`) is none of it; a gloss
        // is (`矿产品(油品)`).
        if text.ends_with([')', '）']) {
            let kept = super::changes::without_aside(text).len();
            if kept < text.len() && note_number(&text[kept..]) {
                range.end = range.start + kept;
                continue;
            }
        }
        // So is a footnote's in square brackets (`地区生产总值(GDP)[2]`).
        if let Some(open) = text
            .strip_suffix([']', '］'])
            .and_then(|t| t.rfind(['[', '［']))
            .filter(|&k| k > 0 && note_number(&text[k..]))
        {
            range.end = range.start + open;
            continue;
        }
        // A long note on what the figure includes (`總薪資(含經常性與非經常性薪資)`)
        // is none of the name; a short one may be part of the indicator's official
        // name (`固定资产投资（不含农户）`), kept.
        if text.ends_with([')', '）']) {
            if let Some(open) = text.rfind(['(', '（']) {
                let inner = &text[open..];
                let inner = inner
                    .strip_prefix('(')
                    .or_else(|| inner.strip_prefix('（'))
                    .unwrap_or(inner);
                if open > 0
                    && inner.chars().count() > INNER_PAIR_MAX_CHARS + 1
                    && SCOPE_NOTES.iter().any(|w| inner.starts_with(w))
                    && !inner.contains(['(', '（'])
                {
                    range.end = range.start + open;
                    continue;
                }
            }
        }
        // A gloss of the word before the phrase (`2019年(疫情前)决算数`) is none of it.
        if matches!(cx.at(range.start), Some('(' | '（')) {
            if let Some(close) = inner_pair_close(cx, range.start, range.end) {
                range.start = close;
                continue;
            }
        }
        // `“十四五”时期`: a quoted plan's name and a word of its time say when.
        if let Some(close) = inner_pair_close(cx, range.start, range.end) {
            if let Some(w) = TIMES_OF_A_TERM
                .iter()
                .find(|w| cx.s[close..range.end].starts_with(**w))
            {
                range.start = close + w.len();
                continue;
            }
        }
        // (A noun of the lexicon that opens with a word of time is whole:
        // `上年结余`, `上年结转资金` are budget lines; so is the budget passed at the
        // year's start, `年初预算`.)
        if let Some(w) = leading().prefixes_of(text).next().filter(|w| {
            // (Kept whole: a budget's name, or a word of the lexicon.)
            let budget = *w == "年初" && text[w.len()..].starts_with("预算");
            let fused = w.ends_with(['年', '月'])
                && cx.token_at(range.start).is_some_and(|t| {
                    t.start == range.start
                        && t.end > range.start + w.len()
                        && cx.tag(t).as_str() == "n"
                });
            !(budget || fused)
        }) {
            // (`全区面积80%以上`: the whole area's measure, one word after the scope.)
            let rest = range.start + w.len()..range.end;
            let one_word = cx
                .token_at(rest.start)
                .is_some_and(|t| t.start == rest.start && t.end == rest.end)
                && AREA_MEASURES.contains(&&cx.s[rest.clone()]);
            if SCOPES.contains(&w) && one_word {
                break;
            }
            range.start += w.len();
            continue;
        }
        // (The longest: `提升至`, not `升至`.)
        if let Some(w) = linking().suffixes_of(text).max_by_key(|w| w.len()) {
            range.end -= w.len();
            continue;
        }
        // (After `其中` the level names the part of the total just given:
        // `其中，区级财政收入2.75亿元` is the district's own share.)
        if let Some(w) = LEVELS
            .iter()
            .find(|w| text.starts_with(**w) && budget_words(&text[w.len()..]))
            .filter(|_| !part_of_a_total(cx, range.start))
        {
            range.start += w.len();
            continue;
        }
        if let Some(w) = TOTALS.iter().find(|w| text.ends_with(**w)) {
            let before = &text[..text.len() - w.len()];
            if !MEASURE_HEADS.iter().any(|h| before.ends_with(h)) {
                range.end -= w.len();
                continue;
            }
        }
        if let Some(before) = text.strip_suffix('计') {
            if before
                .chars()
                .next_back()
                .is_some_and(|c| !JI_WORDS.contains(c))
            {
                range.end -= '计'.len_utf8();
                continue;
            }
        }
        // `前瞻基礎建設中之綠能建設`: the literary `中之` (the one among) names the
        // part after it, though the tagger may join it to that part.
        if let Some(i) = text.rfind("中之") {
            let part = range.start + i + "中之".len()..range.end;
            // (The tagger may join `中之` to the part's first word, `中之綠能`:
            // the part is read again, cut on its own.)
            if !cx.starts_word(part.start) {
                return noun_phrase(&segmented(cx, part.clone())?, part, at_change);
            }
            range.start = part.start;
            continue;
        }
        // `「…服務模式計畫」經費 96 萬元`: the title in corner brackets names whose
        // figure it is; the noun after it is the indicator (unless only a measure).
        if let Some(i) = text.rfind(['」', '』']) {
            let after = &text[i + '」'.len_utf8()..];
            let bare = MEASURE_HEADS.contains(&after) || GENERIC_MEASURES.contains(&after);
            if !after.is_empty() && !bare {
                range.start += i + '」'.len_utf8();
                continue;
            }
        }
        if let Some(w) = LEADING_WORDS
            .iter()
            .find(|w| text.starts_with(**w) && cx.starts_word(range.start + w.len()))
        {
            range.start += w.len();
            continue;
        }
        if let Some(w) = before_number()
            .suffixes_of(text)
            .find(|w| text.len() > w.len() && cx.ends_word(range.end - w.len()))
        {
            range.end -= w.len();
            continue;
        }
        // A word of time just before the number or its change is when, not what
        // (`金價週二下跌`, `出口额当月增长`); words of age are read as time too,
        // but name a group (`青年`).
        if let Some(t) = cx
            .token_at(range.end.saturating_sub(1))
            .filter(|t| t.end == range.end && t.start > range.start)
        {
            if cx.tag(t).as_str() == "t" && !AGE_GROUPS.contains(&&cx.s[t.start..t.end]) {
                range.end = t.start;
                continue;
            }
        }
        // A word of time or scope at the end (`私人消费开支全年实质增长`).
        // (`预期` before a change is an adverb, `广义货币预期增长`; elsewhere the
        // noun, `净利润预期`.)
        if let Some(w) = TRAILING_TIME
            .iter()
            .chain(if at_change { EXPECTING } else { &[] })
            .find(|w| {
                text.len() > w.len() && text.ends_with(**w) && cx.starts_word(range.end - w.len())
            })
        {
            range.end -= w.len();
            continue;
        }
        // Any other adverb just before the number (`竟`, `亦`, `再`).
        if let Some(t) = cx
            .token_at(range.end.saturating_sub(1))
            .filter(|t| t.end == range.end && t.start > range.start)
        {
            if cx.tag(t).as_str() == "d" {
                range.end = t.start;
                continue;
            }
        }
        break;
    }
    // Only an adverb (`实质` of `去年全年实质仅有1.3%`) is no phrase.
    if range.is_empty() || BEFORE_NUMBER.contains(&&cx.s[range.clone()]) {
        return None;
    }
    if at_change
        && PROPOSING
            .iter()
            .any(|w| cx.s[range.clone()].ends_with(w) && cx.starts_word(range.end - w.len()))
    {
        return None;
    }
    let converted = CONVERTING.iter().any(|w| {
        cx.s[range.clone()]
            .match_indices(w)
            .any(|(i, _)| cx.starts_word(range.start + i))
    });
    if converted {
        return None;
    }
    // A verb that cuts what follows it (`压减一般性支出23.9亿元`): what it cuts is
    // the subject.
    // (`故刪減預算`: after the words that lead to it too.)
    if let Some(after) = super::changes::verb_with_object_in(cx, range.clone()).filter(|_| !quoted)
    {
        range.start = after;
    }
    // What a budget line has drawn up for it (`科目編列試務甄選費3億元`): the thing
    // after the verb.
    if let Some(after) = BUDGET_DRAWN_UP.iter().filter(|_| !quoted).find_map(|w| {
        let i = cx.s[range.clone()].rfind(w)?;
        let at = range.start + i;
        // (Two characters at least after it: `編列數` is the amount drawn up. Not
        // the budget as first drawn up, `原編列預算`, a noun.)
        let original = cx.s[range.start..at].ends_with('原');
        (at > range.start
            && !original
            && cx.s[at + w.len()..range.end].chars().nth(1).is_some()
            && cx.starts_word(at)
            && cx.ends_word(at + w.len()))
        .then_some(at + w.len())
    }) {
        range.start = after;
    }
    // A word of change never opens a subject (`同比增加11.52亿元`: the change, not
    // an indicator).
    if super::changes::BASIS_WORDS
        .iter()
        .any(|w| cx.s[range.clone()].starts_with(w))
        || cx
            .token_at(range.start)
            .filter(|t| t.start == range.start)
            .is_some_and(|t| super::changes::is_verb(&cx.s[t.start..t.end]))
    {
        return None;
    }
    let named = NOT_CAUSAL
        .iter()
        .any(|w| cx.s[range.clone()].starts_with(w));
    if !named && CAUSAL.iter().any(|w| cx.s[range.clone()].starts_with(w)) {
        return None;
    }
    // `屏东县全县供水普及率`: a place and the scope word after it say where.
    if let Some(t) = cx
        .token_at(range.start)
        .filter(|t| t.start == range.start && t.end < range.end)
    {
        let rest = &cx.s[t.end..range.end];
        if let Some(w) = LEADING.iter().chain(SCOPES).find(|w| {
            w.starts_with('全') && rest.starts_with(**w) && cx.starts_word(t.end + w.len())
        }) {
            if cx.tag(t).as_str().starts_with("ns") {
                range.start = t.end + w.len();
            }
        }
    }
    if range.is_empty() {
        return None;
    }
    // The verb 占 (makes up), not the first character of another word (`耕地占用税`,
    // `市场占有率`, `占补平衡`).
    let zhan = cx.s[range.clone()]
        .match_indices(['占', '佔'])
        .map(|(i, _)| i)
        .find(|&i| !cx.s[range.start + i + '占'.len_utf8()..].starts_with(ZHAN_WORDS_AFTER));
    // `外贸增量占全区外贸增量的63%`: a share of one indicator in another is no
    // span of the text.
    if zhan.is_some() && cx.s[range.clone()].ends_with('的') {
        return None;
    }
    // `X占Y的比重`: the share is of X; `工业投资占比` is the noun "share" itself.
    if let Some(i) = zhan {
        if !cx.s[range.start + i..range.end].starts_with("占比")
            || !cx.s[range.clone()].ends_with("占比")
        {
            range.end = range.start + i;
        }
    }
    // (Not inside a noun: `就业不足人数` is underemployment, no comparison.)
    if COMPARING.iter().any(|w| {
        cx.s[range.clone()].match_indices(w).any(|(i, _)| {
            let at = range.start + i;
            !cx.token_at(at).is_some_and(|t| {
                // (The tagger reads `遠高於` as a person's name.)
                t.start < at && cx.tag(t).is_noun() && !cx.tag(t).as_str().starts_with("nr")
            })
        })
    }) {
        return None;
    }
    // `按总产值计算的全员劳动生产率`, `最高教育程度为国中的失业率`, `前瞻基础建设中之
    // 绿能建设`: what the phrase names is its head, after the last `的` (or its
    // literary `之`) that is a word of its own.
    if let Some(i) = cx.s[range.clone()].rfind(['的', '之']) {
        let at = range.start + i;
        if cx.starts_word(at) && cx.ends_word(at + '的'.len_utf8()) {
            range.start = at + '的'.len_utf8();
        }
    }
    // A comparison is no indicator: `较原预算数442亿元` is the base the figure before is
    // compared with, not an indicator of its own.
    // (`较原` may be one word of the tagger's, a distinguishing word `b`; `比重`,
    // `比例` are nouns, `较大`, `较低` adjectives.)
    if cx
        .token_at(range.start)
        .filter(|t| t.start == range.start && t.end < range.end)
        .is_some_and(|t| {
            let w = &cx.s[t.start..t.end];
            // (`较大规模企业`: 较 before an adjective is "rather", no comparison.)
            let adverb = cx.s[t.end..].starts_with(|c: char| RATHER_ADJECTIVES.contains(c));
            (COMPARED_WITH.contains(&w) && !adverb)
                || (COMPARED_WITH.iter().any(|c| w.starts_with(c))
                    && matches!(cx.tag(t).as_str(), "b" | "p" | "c"))
        })
    {
        return None;
    }
    // `四县有学前教育机构`: what there is, not where.
    let mut p = range.start;
    while p < range.end {
        let Some(t) = cx.token_at(p) else { break };
        if t.start > range.start
            && t.end < range.end
            && (EXISTENTIAL.contains(&&cx.s[t.start..t.end])
                || REPORTING.contains(&&cx.s[t.start..t.end]))
        {
            range.start = t.end;
            break;
        }
        p = t.end.max(p + 1);
    }
    // `给予企业30万元奖励`: after a verb of giving, the noun is who receives the
    // figure, not what it measures.
    // (`单品种奖励企业200万元`: the verb may follow what it is given for.)
    // (Word by word: the phrase's tokens, not a search for each verb.)
    let recipient = || {
        super::counts::entity_nouns()
            .iter()
            .chain(RECIPIENTS)
            .any(|e| cx.s[range.clone()].ends_with(e))
    };
    let receives = cx.tokens[cx.first_token_ending_after(range.start)..]
        .iter()
        .take_while(|t| t.end < range.end)
        .any(|t| t.start >= range.start && GIVING.contains(&&cx.s[t.start..t.end]))
        && recipient();
    if receives {
        return None;
    }
    // A verb that opens the phrase is the action, not the indicator: `完成地方
    // 财政收入`, `新建乡镇文化站`, `拥有公共图书馆`.
    if let Some(w) = BUILDING
        .iter()
        .chain(CARRYING_OUT)
        .find(|w| cx.s[range.clone()].starts_with(**w))
    {
        if cx.starts_word(range.start + w.len()) {
            range.start += w.len();
        }
    }
    while let Some(t) = cx
        .token_at(range.start)
        .filter(|t| !quoted && t.start == range.start && t.end < range.end)
    {
        let tag = cx.tag(t);
        // (`居住类`: a verb before `类` names a category.)
        let category = cx.token_at(t.end).is_some_and(|n| {
            n.start == t.end
                && n.end == range.end
                && CATEGORY_HEADS.contains(&&cx.s[n.start..n.end])
        });
        // (`收入合计`, `支出总计`: a total's word follows a noun.)
        let totalled = cx
            .token_at(t.end)
            .is_some_and(|n| n.start == t.end && HEAD_SUFFIXES.contains(&&cx.s[n.start..n.end]));
        // (`支出决算`, `收入预算`: two heads make one name.)
        let two_heads = VERBAL_HEADS.contains(&&cx.s[t.start..t.end])
            && cx
                .token_at(t.end)
                .is_some_and(|n| n.start == t.end && VERBAL_HEADS.contains(&&cx.s[n.start..n.end]));
        let extent = EXTENT_WORDS.contains(&&cx.s[t.start..t.end])
            && cx
                .token_at(t.end)
                .is_some_and(|n| n.start == t.end && cx.tag(n).as_str() == "v");
        if extent
            || tag.as_str().starts_with('v')
                && tag.as_str() != "vn"
                && !category
                && !totalled
                && !two_heads
                && !coordinated(cx, t.end)
                && !(tag.as_str() == "v"
                    && counted_by_verb(cx, t.end, range.end)
                    && !super::changes::is_verb(&cx.s[t.start..t.end]))
                && !HEAD_PREFIXES.contains(&&cx.s[t.start..t.end])
                && !names_a_kind(cx, t)
                && !word_prefix(cx, t)
        {
            range.start = t.end;
        } else {
            break;
        }
    }
    // Places alone (`香港達 64%`, `新加坡及日本均為`) name where, not what.
    let mut p = range.start;
    let mut places_only = true;
    while p < range.end && places_only {
        match cx.token_at(p) {
            Some(t)
                if (cx.tag(t).as_str().starts_with("ns") || cx.tag(t).as_str() == "nt")
                    && !GENERIC_PLACES.contains(&&cx.s[t.start..t.end]) =>
            {
                p = t.end.max(p + 1);
            }
            Some(t) if matches!(&cx.s[t.start..t.end], "及" | "和" | "与" | "、") => {
                p = t.end.max(p + 1);
            }
            Some(t) if REGIONS_BY_NAME.contains(&&cx.s[t.start..t.end]) => {
                p = t.end.max(p + 1);
            }
            _ => places_only = false,
        }
    }
    // (An office's budget as drawn up is the office's: `司法院原列785萬1千元`.)
    let drawn_up = BUDGET_DRAWN_UP
        .iter()
        .any(|w| cx.s[range.end..original_end].trim_start().starts_with(w));
    if places_only && !drawn_up {
        return None;
    }
    // A measure alone (`实现增加值2570亿元`) leaves out whose it is; a policy's
    // slogan (`稳就业32条`) names a package of measures, no indicator.
    if GENERIC_MEASURES.contains(&&cx.s[range.clone()])
        || HEAD_SUFFIXES.contains(&&cx.s[range.clone()])
        || policy_slogan(&cx.s[range.clone()])
    {
        return None;
    }
    // (A listed name counts as one word: `电力、热力、燃气及水生产和供应业投资`.)
    let listed = cx
        .token_at(range.start)
        .filter(|t| t.start == range.start && cx.s[t.start..t.end].contains('、'))
        .map_or(0, |t| {
            cx.s[t.start..t.end].chars().count().saturating_sub(2)
        });
    let mut chars = cx.s[range.clone()].chars().count().saturating_sub(listed);
    // A long name after its place (`柳營區南95線及南108線道路優化工程`): the place
    // is where, the rest is the name.
    if chars > MAX_CHARS && listed == 0 {
        // (A district, county, city, township or town of three characters.)
        let place_end = cx.s[range.clone()]
            .char_indices()
            .nth(2)
            .filter(|&(_, c)| matches!(c, '区' | '县' | '市' | '乡' | '镇'))
            .map(|(i, c)| range.start + i + c.len_utf8());
        // (Not a verb's characters: `办理市人大常委会…` holds no place of three.)
        let verb_first = cx
            .token_at(range.start)
            .is_some_and(|t| cx.tag(t).as_str().starts_with('v'));
        if let Some(e) = place_end.filter(|_| !verb_first) {
            range.start = e;
            chars = cx.s[range.clone()].chars().count();
        }
    }
    if !(2..=MAX_CHARS).contains(&chars) {
        return None;
    }
    // The words must cover the phrase exactly; it ends on a noun and opens on
    // neither a verb nor a function word.
    let first = cx
        .token_at(range.start)
        .filter(|t| t.start == range.start)?;
    let mut split = false;
    // `价格上涨`: the set phrase ends with the verb of change, which starts where
    // the longest verb of change ending with the token does.
    if let Some(t) = cx.token_at(range.end - 1).filter(|t| {
        at_change
            && original_end == range.end
            && t.end > range.end
            && matches!(cx.tag(t).as_str(), "l" | "n")
    }) {
        let verb_start = cx.s[t.start..t.end]
            .char_indices()
            .skip(1)
            .map(|(i, _)| t.start + i)
            .find(|&i| super::changes::is_verb(&cx.s[i..t.end]));
        match verb_start {
            Some(v) if v <= range.end && v > range.start => {
                range.end = v;
                split = true;
            }
            _ => return None,
        }
    }
    // `治理率达77%`, `占比达63%`: the tagger joins the head's last character to the
    // linking word after it (`率达`, `比达`); the phrase ends inside that word.
    // `全長約 10.9 公里`: likewise the qualifier that opens the figure (see
    // `qualifiers::prefix`).
    let glued = cx.token_at(range.end - 1).filter(|t| {
        t.start < range.end
            && t.end > range.end
            && ((t.end <= original_end
                && GLUED_HEADS.contains(&&cx.s[t.start..range.end])
                && LINKING.contains(&&cx.s[range.end..t.end])
                && !budget_stage_figure(cx, t.start))
                || (range.end == original_end
                    && super::qualifiers::is_prefix_word(&cx.s[range.end..t.end])
                    && is_noun_word(cx, t.start..range.end)))
    });
    let last = cx
        .token_at(range.end - 1)
        .filter(|t| t.end == range.end || split || glued.is_some())?;
    // `食品烟酒类`, `居住类`: a category named by its members and `类`.
    let category =
        CATEGORY_HEADS.contains(&&cx.s[last.start..last.end]) && last.start > range.start;
    let first_tag = cx.tag(first);
    let sector = SECTORS
        .iter()
        .any(|w| cx.s[range.clone()].starts_with(w) && cx.ends_word(range.start + w.len()));
    let last_tag = cx.tag(last);
    let opens_ok = !matches!(
        first_tag.as_str().as_bytes().first(),
        Some(b'v' | b'p' | b'c' | b'u' | b'd' | b'r' | b'm' | b'q' | b't' | b'f' | b'x')
    ) || first_tag.as_str() == "vn"
        || VERBAL_HEADS.contains(&&cx.s[first.start..first.end])
        || HEAD_PREFIXES.contains(&&cx.s[first.start..first.end])
        || (names_a_kind(cx, first) && first.end < range.end)
        || word_prefix(cx, first)
        || NAMED_DETERMINERS.contains(&&cx.s[first.start..first.end])
        || (&cx.s[first.start..first.end] == "年"
            && chars <= YEARLY_MAX_CHARS
            && !cx.s[first.end..].starts_with('每')
            && !GENERIC_MEASURES.contains(&&cx.s[first.end..range.end]))
        || AGE_GROUPS.contains(&&cx.s[first.start..first.end])
        || sector
        || (category && first.end == last.start)
        || (first_tag.as_str() == "v" && coordinated(cx, first.end))
        || (first_tag.as_str() == "v"
            && counted_by_verb(cx, first.end, range.end)
            && !super::changes::is_verb(&cx.s[first.start..first.end]))
        || inner_pair_close(cx, range.start, range.end).is_some();
    // jieba tags set phrases `l` (`粮食产量`) and abbreviations `j`.
    // (A gloss closes the name: `矿产品(油品)`.)
    let ends_in_gloss = cx.s[range.clone()]
        .rfind(['(', '（'])
        .is_some_and(|i| inner_pair_close(cx, range.start + i, range.end) == Some(range.end));
    let ends_ok = glued.is_some()
        || category
        || ends_in_gloss
        || zhanbi(cx, last)
        || last_tag.is_noun()
        || matches!(last_tag.as_str(), "vn" | "eng" | "j" | "l" | "an")
        || VERBAL_HEADS.contains(&&cx.s[last.start..last.end])
        || HEAD_SUFFIXES.contains(&&cx.s[last.start..last.end]);
    // `现行法规定30公尺`: a rule or text that prescribes the figure, not an indicator.
    let prescribes = STIPULATING
        .iter()
        .any(|w| cx.s[range.clone()].ends_with(w) && cx.starts_word(range.end - w.len()));
    if quoted {
        // A bracketed name is a name, whatever its words.
        let has_digit = cx.s[range.clone()].chars().any(|c| c.is_ascii_digit());
        return (!has_digit).then_some(range);
    }
    if !opens_ok || !ends_ok || prescribes {
        return None;
    }
    // Inside: no adverb, preposition, particle or pronoun (`世卫建议不宜超过每日
    // 总热量` is a clause, not an indicator), no numeral (`全区首个产值突破2000亿元的
    // 园区` describes a park, `三级现代农业示范区` names a kind), and at most one verb.
    let mut verbs = 0;
    let mut p = range.start;
    while p < range.end {
        // A quoted term or gloss inside the name is a word of it (see
        // [`inner_pair_open`]), whatever its own words are.
        if let Some(close) = inner_pair_close(cx, p, range.end) {
            p = close;
            continue;
        }
        let t = cx.token_at(p)?;
        if glued == Some(t) {
            break;
        }
        let tag = cx.tag(t);
        let tag = tag.as_str();
        match tag.as_bytes().first() {
            Some(b'r') if NAMED_DETERMINERS.contains(&&cx.s[t.start..t.end]) => {}
            Some(b'p') if zhanbi(cx, t) => {}
            // `文化体育与传媒支出`, `资源勘探电力信息等事务支出`: `与` joining the
            // nouns of a name, `等` closing a list of them before its head.
            Some(b'p' | b'u') if joins_nouns_of_a_name(cx, t, range.end) => {}
            Some(b'd' | b'p' | b'u' | b'r' | b'x' | b'w') => return None,
            // (The tagger reads `日` of `日平均` as a numeral too: only words with
            // a digit count.)
            Some(b'm')
                if !(sector && t.start == range.start)
                    && cx.s[t.start..t.end]
                        .contains(|c: char| "一二三四五六七八九十百千两首几数".contains(c)) =>
            {
                return None
            }
            Some(b'v')
                if !(tag == "vn"
                    || verb_in_noun_phrase(cx, t)
                    || modifies_an_entity(cx, t, range.end)) =>
            {
                verbs += 1;
            }
            // A word of time inside (`整个行业目前雇用员工`) makes a clause: who,
            // when, what is done.
            // (`未来社区`, `夜间文旅消费集聚区`: a time word before a noun
            // names a kind.)
            Some(b't')
                if t.start > range.start
                    && t.end < range.end
                    && !AGE_GROUPS.contains(&&cx.s[t.start..t.end])
                    && cx.token_at(t.end).is_some_and(|n| {
                        n.start == t.end
                            && cx.tag(n).as_str().starts_with('v')
                            && cx.tag(n).as_str() != "vn"
                    }) =>
            {
                return None
            }
            _ => {}
        }
        p = t.end.max(p + 1);
    }
    if verbs > 1 {
        return None;
    }
    // No number inside (`第一产业` is a name, `3个项目` is not a subject), but a
    // route's (`南102线田尾桥拓宽工程`, `国道318线`, `1号线`).
    (!has_quantity_digit(&cx.s[range.clone()])).then_some(range)
}

/// Whether `name` holds a digit that is no route's number: a route's is glued
/// to a word before it and to 线 or 号 after it (`南102线`, `地铁1号线`).
fn has_quantity_digit(name: &str) -> bool {
    let mut rest = name;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let digits = rest[i..].len()
            - rest[i..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let route = rest[..i].ends_with(crate::chinese::chars::is_han)
            && rest[i + digits..].starts_with(['线', '号']);
        if !route {
            return true;
        }
        rest = &rest[i + digits..];
    }
    false
}

/// Give each money, count and percent candidate of `cands` (one stretch's, in
/// text order) its subject.
pub(crate) fn mark(cx: &Ctx, cands: &mut [Cand]) {
    // The last subject given, and where the number it was given to ends.
    let mut last: Option<(Range<usize>, usize)> = None;
    // `last` as it was before the previous quantity, and where that one is: a
    // quantity in the clause of the next one's change (`较5月份的250亿美元下降1.2%`)
    // is the value compared, not a figure that changes what is carried.
    let mut before_prev: Option<(Range<usize>, usize)> = None;
    let mut prev_range: Option<Range<usize>> = None;
    // Whether the previous quantity named its own subject: then it is the
    // indicator's figure, not a value compared (`营业利润4292万元比上年同期下降了
    // 32.68%`).
    let mut prev_own = false;
    // Items of a `分别` list already given their subjects, up to this index.
    let mut respectively_until = 0;
    // The plan's figure just given (`完成预算数31220万元`) and the subject of the
    // figure whose plan it is.
    let mut plan: Option<(Range<usize>, Option<Range<usize>>)> = None;
    for i in 0..cands.len() {
        if !is_quantity(&cands[i]) || i < respectively_until {
            continue;
        }
        // `A和B分别达到x和y`: a list of subjects before `分别`, item by item.
        if let Some(end) = listed_subjects(cx, cands, i) {
            respectively_until = end;
            last = cands[end - 1]
                .subject
                .clone()
                .map(|r| (r, cands[end - 1].range.end));
            before_prev = last.clone();
            prev_range = Some(cands[end - 1].range.clone());
            prev_own = false;
            continue;
        }
        let c = &cands[i];
        let mut start = clause_start(cx, c.range.start);
        // A colon that only sets off a change's size (`同比上年增长:60%`) closes
        // no clause, nor does a note in brackets after the verb (`增長(以下如無特別
        // 說明,均為同比名義增長) 7.9%`): the phrase is before the verb.
        if c.change.is_some() {
            if let Some(w) = super::changes::word_start(cx, c.range.start).filter(|&w| w < start) {
                start = clause_start(cx, w);
            }
        }
        let start = start;
        // The phrase ends where the change, its basis, or the number begins.
        let mut end = c.range.start;
        let mut at_change = false;
        // (A comparison carried from an earlier clause, `与去年同期相比，……`, is
        // not in this one.)
        if let Some(b) = c.basis.as_ref().filter(|b| b.start >= start) {
            end = end.min(b.start);
        } else if c.change.is_some() {
            if let Some(w) = super::changes::word_start(cx, c.range.start).filter(|&w| w >= start) {
                end = w;
                at_change = true;
                // `批發業營業額年增2.3%`, `零售業年減1.6%`: Taiwan's press writes the
                // comparison as one character before a one-character verb; the
                // phrase ends before it (not a date's `年`: `今年增长`).
                let one_char_verb = ['增', '减'].iter().any(|v| {
                    cx.s[w..].starts_with(*v)
                        && !cx.s[w + 3..].starts_with(['长', '加', '少', '幅', '速', '至'])
                });
                if one_char_verb
                    && cx.s[..w].ends_with(['年', '月', '季'])
                    && w - 3 > start
                    // (The character alone, not the end of `全年`, `逐月`, `本季`.)
                    && cx.token_at(w - 3).is_some_and(|t| t.start == w - 3)
                    && !cands[..i]
                        .iter()
                        .any(|p| p.range.end == w && p.range.start < w)
                {
                    end = w - 3;
                }
            }
        }
        // A rate's `每月` before its number (`生果金津貼金額為每月$1,345`) is the
        // number's, not the phrase's.
        // So is a first rate before it (`补贴标准为每人每年1200元`).
        if let Some(per) = c
            .per
            .as_ref()
            .filter(|p| p.end <= end && p.start >= start + 3)
        {
            if cx.s[..per.start].ends_with('每') && cx.s[per.end..end].trim().is_empty() {
                end = per.start - 3;
                let t = &cx.s[start..end];
                if let Some(i) = t.rfind('每').filter(|&i| t[i..].chars().count() <= 3) {
                    end = start + i;
                }
            }
        }
        // Another fact or date of the clause before it closes the phrase.
        // (The nearest few: candidates do not overlap, so one further back ends
        // earlier still.)
        let clause = start;
        // A clause that a hard wrap cuts (`佔全港勞` + wrap + `動人口 48%`) opens on the
        // line before: the words of this line are no phrase of their own.
        let cut = cut_by_wrap(cx, start);
        let closing = cands[..i]
            .iter()
            .rev()
            .take(4)
            .find(|p| p.range.end > start && p.range.end <= end);
        let start = closing.map_or(start, |p| p.range.end);
        // (A phrase that opens further on, after `」` or `的`, is whole; one that
        // opens after the half word only sets it aside, `動` + `人口`.)
        let half = |r: &Range<usize>| {
            cut.is_some_and(|(at, noun)| {
                r.start <= at || (noun && !cx.s[at..r.start].contains(['」', '』', '的', '之']))
            })
        };
        let mut own = (start < end)
            .then(|| noun_phrase(cx, start..end, at_change))
            .flatten()
            .filter(|r| !half(r));
        // (Set at the end: the indicator stands before this clause.)
        let ranked = (start < end)
            .then(|| ranked_indicator(cx, start..end))
            .flatten();
        // `，比同期增速高0.8个百分点`: a gap to another period's rate.
        if own.is_none() && c.kind == FactKind::Percent {
            own = rate_gap(cx, clause..c.range.start);
        }
        // `失業率自年中 3.2%的低位`: the level at a time that only a word of time
        // names (no date), after `从`/`自`/`由`.
        if own.is_none() && closing.is_none() && start < end {
            own = from_a_time_word(cx, start..end).filter(|r| !half(r));
        }
        // `類別為交通（上升3.1%）、衣履（上升2.0%）`: a figure alone in brackets, with
        // its change or not, measures the item just before the bracket.
        // (So does a share in brackets: `營利事業營業額（佔30%）`.)
        let bracketed = (own.is_none()
            && closing.is_none()
            && cx
                .s
                .get(start..end)
                .is_none_or(|w| matches!(w.trim(), "" | "占" | "约占" | "占比")))
        .then(|| bracketed_item(cx, clause))
        .flatten();
        // (An item that names no indicator takes none from the item before.)
        // `数字化率、优质中小企业数字化改造率均达到75%`, `基本养老保险、基本医疗
        // 保险参保率稳定在95%以上`: the last of several indicators listed without
        // figures of their own shares the figure; it is not its only subject.
        // (Only when the item before is itself a noun phrase: not a modifier,
        // `有情怀、爱农业、善经营的农创客`, nor a list's numbering, `一一二、`.)
        // (Nor when the subject is the head after a `的`, whose modifier the list
        // is: `公私合营商店、合作商店和合作小组的零售总额`.)
        if own
            .as_ref()
            .is_some_and(|r| !cx.s[clause..r.start].contains(['的', '之']))
            && cx.s[..clause].ends_with('、')
        {
            let sep = clause - '、'.len_utf8();
            let item = clause_start(cx, sep);
            // (A date, `今年二氧化硫、氮氧化物排放量`, is no figure of the item's.)
            let figure = cands[..i]
                .iter()
                .any(|p| is_quantity(p) && p.range.end > item && p.range.end <= clause);
            let named = segmented(cx, item..sep)
                .and_then(|own| noun_phrase(&own, item..sep, false))
                .is_some_and(|r| r.end == sep);
            // (A verb of striving before this clause's subject, `推动“中华鹅乡”建设、
            // 力争养殖量突破350万只`, makes the `、` a pause between actions, not a
            // list; other verbs there may make a kind of thing, `拆围透绿项目`.)
            let acts = own.as_ref().is_some_and(|r| {
                cx.tokens[cx.first_token_ending_after(clause)..]
                    .iter()
                    .take_while(|t| t.end <= r.start)
                    .any(|t| t.start >= clause && STRIVING.contains(&&cx.s[t.start..t.end]))
            });
            // (`均`, `都`: all of them, whatever the items.)
            let gap = own.as_ref().map_or("", |r| &cx.s[r.end..c.range.start]);
            let all =
                gap.contains('都') || gap.replace("年均", "").replace("平均", "").contains('均');
            if !figure && !acts && (named || all) {
                own = None;
            }
        }
        // `股市日平均交易量 2009 年是 1,409 億元`: a date between the subject and
        // its copula is when, and the subject stands before it.
        // So too a date or a length of time just before a change (`稀土金属钕价格
        // 一周上涨23%`, `出口额上半年增长5%`).
        if let Some(date) = closing.filter(|p| {
            matches!(p.kind, FactKind::Date | FactKind::Duration) && p.range.start > clause
        }) {
            let gap = cx.s[start..end].trim_matches([' ', '\u{3000}']);
            let linked = !gap.is_empty() && (only_linking(gap) || adverbial(cx, start..end));
            let changed = gap.is_empty() && c.change.is_some();
            // `从2011年第三季6.4%的高位`, `从2020年的4.2万元增加到…`: the level at a
            // starting time.
            let before = cx.s[clause..date.range.start].trim_end_matches([' ', '\u{3000}']);
            let from = (gap.is_empty() || gap == "的")
                && FROM_WHEN.iter().any(|w| {
                    before.ends_with(w) && cx.starts_word(clause + before.len() - w.len())
                });
            if own.is_none() && (linked || changed || from) {
                let mut r = clause..clause + before.len();
                if let Some(w) = FROM_WHEN.iter().find(|w| before.ends_with(**w)) {
                    r.end -= w.len();
                }
                own = noun_phrase(cx, r, false).filter(|r| !half(r));
            }
        }
        // `現貨黃金下跌 0.3% 至每盎司 2,014.62 美元`: the level a change ends at
        // is of the indicator that changed.
        if let Some(p) = closing.filter(|p| {
            is_quantity(p) && p.change.is_some() && c.change.is_none() && p.range.start >= clause
        }) {
            let mut gap = cx.s[start..end].trim_matches([' ', '\u{3000}']);
            // (`至每盎司 2,014.62 美元`: the rate's `每` is the number's.)
            if let Some(per) = c.per.as_ref().map(|r| &cx.s[r.clone()]) {
                gap = gap
                    .strip_suffix(per)
                    .and_then(|g| g.strip_suffix('每'))
                    .map_or(gap, |g| g.trim_end_matches([' ', '\u{3000}']));
            }
            if own.is_none() && LEVEL_AFTER_CHANGE.contains(&gap) {
                own = p.subject.clone();
            }
        }
        // `，同比分别增长210.8%、29.5%`: a clause with nothing of its own but
        // `分别` maps its list onto the quantities before it.
        // (`回落至2012年第四季的3.8%`: a date and its `的` before the figure.)
        let dated_of = closing.is_some_and(|p| p.kind == FactKind::Date)
            && cx.s[start..end].trim_matches([' ', '\u{3000}']) == "的";
        // (`增1萬人或0.14%`: the same change told again as a rate.)
        let restated =
            c.kind == FactKind::Percent && c.change.is_some() && cx.s[start..end].trim() == "或";
        let opens_with_change = cx.s[start..end].trim().is_empty()
            || only_linking(&cx.s[start..end])
            || dated_of
            || restated;
        // So does a list of changes with nothing of its own (`农村居民人均纯收入5153元，
        // 实际增长9.8%和8.5%`).
        let changes_listed = c.change.is_some()
            && list_end(cx, cands, i) > i + 1
            && (i == 0 || list_end(cx, cands, i - 1) <= i);
        if own.is_none()
            && opens_with_change
            && (changes_listed || cx.s[start..c.range.start].contains("分别"))
        {
            respectively_until = respectively(cx, cands, i);
            if let Some(r) = cands[respectively_until - 1].subject.clone() {
                last = Some((r, cands[respectively_until - 1].range.end));
            }
            continue;
        }
        // `地区生产总值（GDP）1228亿元`: a gloss in brackets stands between the
        // indicator and its figure.
        if own.is_none() && start == clause {
            let floor = i.checked_sub(1).map_or(0, |p| cands[p].range.end);
            own = glossed(cx, start, end, floor).filter(|r| !half(r));
        }
        // `完成预算数31220万元的101.7%`: the amount after a plan word is the
        // plan's, and the share after it is done of the plan by the figure before.
        let plan_here = (own.is_none() && c.kind != FactKind::Percent && closing.is_none())
            .then(|| plan_figure(cx, start..end))
            .flatten();
        if let Some(r) = &plan_here {
            own = Some(r.clone());
        } else if own.is_none() && cx.s[start..end].trim() == "的" {
            if let Some((_, of)) = plan
                .take()
                .filter(|(at, _)| closing.is_some_and(|p| p.range == *at))
            {
                own = of;
            }
        }
        plan = plan_here.map(|_| (c.range.clone(), last.as_ref().map(|(r, _)| r.clone())));
        let named = own.is_some();
        // `百貨公司因逢年中慶…熱賣，年增5.9%`: a change that opens its clause after a
        // clause of a noun and its cause, with no figure, is that noun's.
        let own = own.or_else(|| {
            (opens_with_change && c.change.is_some() && start == clause)
                .then(|| {
                    let floor = cands[..i]
                        .iter()
                        .rev()
                        .find(|p| is_quantity(p))
                        .map_or(0, |p| p.range.end);
                    cause_topic(cx, clause, floor)
                })
                .flatten()
        });
        // `地区生产总值由103.97亿元增加到1117.56亿元，规模扩大了9.8倍`, `设立产业基金
        // 8支、规模85亿元`: a bare word of size opening its clause is the size of
        // what the clause before just named.
        let own = match own {
            Some(r)
                if SIZE_WORDS.contains(&&cx.s[r.clone()])
                    && cx
                        .s
                        .get(clause..r.start)
                        .is_some_and(|w| w.trim().is_empty())
                    // (`规模2万人以上的乡镇`: a size that describes a noun.)
                    && !cx.s[c.range.end..].trim_start().starts_with('的') =>
            {
                last.as_ref()
                    .filter(|(_, at)| {
                        *at <= clause
                            && clause - at <= INHERIT_BYTES
                            && !cx.s[*at..clause].contains(sentence_mark)
                    })
                    .map(|(l, _)| l.clone())
                    .or(Some(r))
            }
            o => o,
        };
        let subject = match own {
            Some(r) => Some(r),
            // `，比上年增长5.2%`: nothing before the change in this clause; the
            // sentence's previous subject, when no sentence ends in between.
            // A count with its own noun after it (`482个农家书屋`) counts that.
            None if opens_with_change && c.object.is_none() => match &prev_range {
                Some(p)
                    if c.change.is_some()
                        && !prev_own
                        && p.end <= c.range.start
                        && !cx.s[p.end..c.range.start].contains(clause_mark) =>
                {
                    &before_prev
                }
                _ => &last,
            }
            .as_ref()
            .filter(|(_, at)| {
                *at <= c.range.start
                    && c.range.start - at <= INHERIT_BYTES
                    && !cx.s[*at..c.range.start].contains(sentence_mark)
                    && same_measure(cx, cands, i, *at)
            })
            .map(|(r, _)| r.clone()),
            None => None,
        };
        // `台股日均成交量（新台币），96 年度为 1,706 亿元`, `企业愿意提供的起薪，平均
        // 只有 27,908 元`: a clause of only a date or linking words and its figure
        // speaks of the topic the clause before it names, when that one holds no
        // figure of its own.
        let subject = subject.or_else(|| {
            let dated = closing.is_some_and(|p| {
                p.kind == FactKind::Date
                    && p.range.start >= clause
                    && cx.s[clause..p.range.start].trim().is_empty()
            });
            let linked = closing.is_none() && !cx.s[clause..end].trim().is_empty();
            // `(一)利润总额:9,218.38 万元`: a label and its colon, the figure after it.
            let labelled = closing.is_none()
                && cx.s[clause..end].trim().is_empty()
                && cx.s[..clause].ends_with(['：', ':']);
            // `有近百分之三十独立核算的企业`, `有85%的受访者`: a figure before `的` and
            // a noun is a share of that noun, not of the topic before.
            let of_noun_after = cx.s[c.range.end..].trim_start().starts_with('的');
            if labelled && c.object.is_none() {
                return label_before(cx, clause);
            }
            if !(dated || linked || labelled)
                || !opens_with_change
                || c.object.is_some()
                || of_noun_after
            {
                return None;
            }
            let floor = cands[..i]
                .iter()
                .rev()
                .find(|p| p.range.end <= clause && is_quantity(p))
                .map_or(0, |p| p.range.end);
            topic_before(cx, clause, floor)
        });
        // `启动8个城中村整体改造项目`: a verb right before a count of things is
        // what is done to them (the tagger reads some as verbal nouns), not an
        // indicator. `全港有73間直資學校`: before `有` and a count of things
        // stands where they are; the things counted name themselves.
        let subject = bracketed.unwrap_or(subject).filter(|r| {
            let c = &cands[i];
            if c.kind != FactKind::Count || c.object.is_none() || r.end > c.range.start {
                return true;
            }
            let gap = cx.s[r.end..c.range.start].trim();
            let action = gap.is_empty()
                && cx.token_at(r.start).is_some_and(|t| {
                    t.start == r.start && t.end == r.end && cx.tag(t).as_str().starts_with('v')
                });
            let place = EXISTENTIAL.contains(&gap);
            // `会议原则同意启动实施兴县15万吨…项目`: words that hold a verb before a
            // count of things say what is done to them, not what is measured.
            let acting = gap.is_empty()
                && cx.s[r.clone()].chars().count() > 4
                && cx.tokens[cx.first_token_ending_after(r.start)..]
                    .iter()
                    .take_while(|t| t.end <= r.end)
                    .any(|t| t.start >= r.start && cx.tag(t).as_str() == "v");
            !(action || place || acting)
        });
        // A later change speaks of the figure just before it: when that one has
        // words of its own that name no subject, there is none to carry
        // (`起降航班架次4351次，同比增长19.4%`).
        let subject = ranked.or(subject);
        before_prev = last.clone();
        prev_range = Some(c.range.clone());
        prev_own = named;
        last = match &subject {
            Some(r) => Some((r.clone(), c.range.end)),
            None if opens_with_change && c.object.is_none() => last,
            None => None,
        };
        cands[i].subject = subject;
    }
}

/// Whether the quantity `i` may speak of the subject of the quantity that ends at
/// `at`: a count of things is no sum of money (`核處罰鍰新臺幣690萬元整及2項糾正`:
/// the corrections are no fine), unless the amount stands right before the count
/// as the size of what is counted (`其中超50亿元15个`). (The other way, an amount
/// after a count of projects is often their size: `亿元以上项目56个，其中10亿元
/// 以上12个`.)
fn same_measure(cx: &Ctx, cands: &[Cand], i: usize, at: usize) -> bool {
    let Some(p) = cands[..i].iter().rev().find(|p| p.range.end == at) else {
        return true;
    };
    let c = &cands[i];
    !(p.kind == FactKind::Money
        && c.kind == FactKind::Count
        && !cx.s[at..c.range.start.max(at)].trim().is_empty())
}

/// Where the line starts (past its indentation) when the clause starting at
/// `start` opens a line that a hard wrap joins to the line before inside a word
/// (`佔全港勞` + wrap + `動人口 48%`): the words there begin with half a word;
/// and whether that word is a noun.
pub(crate) fn cut_by_wrap(cx: &Ctx, start: usize) -> Option<(usize, bool)> {
    let nl = start
        .checked_sub(1)
        .filter(|&n| cx.s.as_bytes()[n] == b'\n')?;
    let lb = if cx.s[..nl].ends_with('\r') {
        nl - 1
    } else {
        nl
    };
    let before = cx.s[..lb].trim_end_matches([' ', '\u{3000}']);
    if before.ends_with(clause_mark) {
        return None;
    }
    let seg = cx.a.segmenter?;
    let after = super::wraps::past_wrap(cx, lb)?;
    // A few characters on each side, joined as a reader joins them, cut again.
    let tail = &before[before.char_indices().rev().nth(3).map_or(0, |(i, _)| i)..];
    let head: String = cx.s[after..]
        .chars()
        .take(4)
        .take_while(|c| !clause_mark(*c))
        .collect();
    let joined = format!("{tail}{head}");
    let crossing = seg
        .cut(&joined)
        .into_iter()
        .find(|t| t.start < tail.len() && t.end > tail.len())?;
    // (A noun cut in two, `劳动` of `劳动人口`, heads on into the words after it;
    // a verb or a time word, `编列`, `年度`, ends before them.)
    let tag = seg.jieba().tag_of(&joined[crossing.start..crossing.end]);
    let noun = tag.starts_with('n') || matches!(tag, "vn" | "l" | "j" | "an");
    Some((after, noun))
}

/// The item right before the bracket that opens at `clause`'s start: the noun
/// phrase after the list's separator or its copula (`交通` of `類別為交通（`), or
/// none when the item is no noun phrase; `None` when no item stands there.
fn bracketed_item(cx: &Ctx, clause: usize) -> Option<Option<Range<usize>>> {
    let head = &cx.s[..clause];
    let br = head.strip_suffix(['（', '('])?.len();
    let mut item = clause_start(cx, br);
    // After the item before (`衣履（上升2.0%）及外出用膳（`) and the copula.
    if let Some(k) = cx.s[item..br].rfind(['为', '是', '）', ')']) {
        let c = cx.s[item + k..].chars().next().map_or(1, char::len_utf8);
        item += k + c;
    }
    // (Short: an item's name, not a clause or a figure.)
    if item >= br
        || cx.s[item..br].chars().count() > 12
        || cx.s[item..br].chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let own = segmented(cx, item..br)?;
    // A conjunction of the list as a word of its own (`及外出用膳`; not `和平区`,
    // `及时率`).
    if let Some(t) = own.tokens.iter().find(|t| t.start >= item && t.end <= br) {
        if t.start == item && matches!(&cx.s[t.start..t.end], "以及" | "及" | "和" | "与") {
            item = t.end;
        }
    }
    (item < br).then(|| noun_phrase(&own, item..br, false))
}

/// Whether the words of `r` are adverbs only (`进一步`, `实质`, `只有`): how the
/// figure after them changed, not what it is.
fn adverbial(cx: &Ctx, r: Range<usize>) -> bool {
    let mut p = r.start;
    let mut any = false;
    while p < r.end {
        if cx.s[p..].starts_with([' ', '\u{3000}']) {
            p += cx.s[p..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let Some(t) = cx.token_at(p).filter(|t| t.start == p && t.end <= r.end) else {
            return false;
        };
        let w = &cx.s[t.start..t.end];
        if !(cx.tag(t).as_str() == "d"
            || BEFORE_NUMBER.contains(&w)
            || LEADING.contains(&w)
            || SCOPES.contains(&w))
        {
            return false;
        }
        any = true;
        p = t.end;
    }
    any
}

/// `比同期增速高0.8个百分点`, `较上年增幅低2个百分点`: a clause that compares a
/// rate with another period's or place's tells the gap of that rate (the
/// figure's own, though the words name the other's): the rate's span.
fn rate_gap(cx: &Ctx, r: Range<usize>) -> Option<Range<usize>> {
    let text = &cx.s[r.clone()];
    let opened = text.trim_start_matches([' ', '\u{3000}']);
    let t = opened.trim_end_matches([' ', '\u{3000}']);
    if !t.starts_with(['比', '较']) || t.starts_with("比重") || t.contains(clause_mark) {
        return None;
    }
    let before = t.strip_suffix(GAP_WORDS)?;
    let rate = COMPARED_RATES.iter().find(|w| before.ends_with(**w))?;
    let end = r.start + (text.len() - opened.len()) + before.len();
    let start = end - rate.len();
    (cx.starts_word(start) && start > r.start).then_some(start..end)
}

/// A word tagged as a verb that still belongs to a noun phrase: `占` of `占比`, a
/// fee's `费`, a verbal head (`增加值`), a head's prefix or suffix, or a word's
/// first part.
fn verb_in_noun_phrase(cx: &Ctx, t: &crate::segment::Tok) -> bool {
    let w = &cx.s[t.start..t.end];
    (w == "占" && cx.s[t.end..].starts_with('比'))
        // `因公出国(境)费`: a fee, the suffix of the noun before it.
        || (w == "费" && t.start > 0)
        // `运行费`, `购置及运行费`: what the fee is for, and the action coordinated
        // with it.
        || fee_for(cx, t.end)
        || VERBAL_HEADS.contains(&w)
        || HEAD_PREFIXES.contains(&w)
        || word_prefix(cx, t)
        || HEAD_SUFFIXES.contains(&w)
}

/// What a comparison with `与` ends in (`与全省持平`, `与全国同步`): no name's head.
const COMPARISON_RESULTS: &[&str] = &["持平", "同步", "相比", "相同", "一致", "相当", "同期"];

/// `与` or `和` between two nouns (`文化体育与传媒支出`), or `等` closing the
/// nouns of a budget function before `事务` (`资源勘探电力信息等事务支出`), inside a
/// name ending at `end`.
fn joins_nouns_of_a_name(cx: &Ctx, t: &crate::segment::Tok, end: usize) -> bool {
    let w = &cx.s[t.start..t.end];
    let nounish = |tok: &crate::segment::Tok| {
        let tag = cx.tag(tok);
        tag.is_noun() || matches!(tag.as_str(), "vn" | "j")
    };
    let before = t.start > 0
        && cx
            .token_at(t.start - 1)
            .filter(|p| p.end == t.start)
            .is_some_and(&nounish);
    // (The noun after it is followed by the name's head: `与全国同步上涨`,
    // `与全省持平` compare, they join nothing.)
    let head_after = |n: &crate::segment::Tok| {
        cx.token_at(n.end)
            .filter(|h| h.start == n.end && h.end <= end)
            .is_some_and(|h| {
                let hw = &cx.s[h.start..h.end];
                !COMPARISON_RESULTS.contains(&hw) && nounish(h)
                    || VERBAL_HEADS.contains(&hw)
                    || HEAD_SUFFIXES.contains(&&cx.s[h.start..h.end])
            })
    };
    let after = cx
        .token_at(t.end)
        .filter(|n| n.start == t.end && n.end <= end)
        .is_some_and(|n| nounish(n) && (w == "等" || head_after(n)));
    // (`等` only in the budget's names of functions, `…等事务支出`: elsewhere it
    // closes a list of examples, `泮水公园等公园游园`, whose head is the indicator.)
    let listed_affairs = w == "等" && cx.s[t.end..end].starts_with("事务");
    (matches!(w, "与" | "和") || listed_affairs) && before && after
}

/// `国有控股企业`, `外商投资企业`: a verb right before the name of an entity
/// ([`super::counts::entity_nouns`]) says which entities, as an adjective would;
/// it is no verb of the clause. It follows a noun or a distinguishing word of the
/// name (`国有`, `外商`), not a verb or a conjunction (`扶持企业` is done to them).
fn modifies_an_entity(cx: &Ctx, t: &crate::segment::Tok, end: usize) -> bool {
    let after_a_noun = t.start > 0
        && cx
            .token_at(t.start - 1)
            .filter(|p| p.end == t.start)
            .is_some_and(|p| {
                let tag = cx.tag(p);
                tag.is_noun() || matches!(tag.as_str(), "b" | "j")
            });
    after_a_noun
        && cx
            .token_at(t.end)
            .filter(|n| n.start == t.end && n.end <= end && cx.tag(n).is_noun())
            .is_some_and(|n| {
                let w = &cx.s[n.start..n.end];
                super::counts::entity_nouns().iter().any(|e| w.ends_with(e))
            })
}

/// Does a fee's `费` follow at `pos`, right away or after a verb coordinated with
/// the one before `pos` (`购置及运行费`)?
fn fee_for(cx: &Ctx, pos: usize) -> bool {
    let Some(n) = cx.token_at(pos).filter(|n| n.start == pos) else {
        return false;
    };
    let w = &cx.s[n.start..n.end];
    if w == "费" {
        return true;
    }
    matches!(w, "及" | "和" | "与" | "、")
        && cx
            .token_at(n.end)
            .filter(|v| v.start == n.end && cx.tag(v).as_str() == "v")
            .is_some_and(|v| {
                cx.s[v.end..].starts_with('费')
                    && cx
                        .token_at(v.end)
                        .is_some_and(|f| f.start == v.end && &cx.s[f.start..f.end] == "费")
            })
}

/// `可再生能源`, `可支配收入`: the tagger cuts `可` off as a modal verb, but before
/// a noun it is the first character of the noun's name.
fn word_prefix(cx: &Ctx, t: &crate::segment::Tok) -> bool {
    &cx.s[t.start..t.end] == "可"
        && cx
            .token_at(t.end)
            .filter(|n| n.start == t.end)
            .is_some_and(|n| cx.tag(n).is_noun() || matches!(cx.tag(n).as_str(), "vn" | "l" | "j"))
}

/// `护理型床位占比`: the tagger may cut the noun 占比 (share) into `占` and a
/// preposition `比`; that `比` ends a noun.
fn zhanbi(cx: &Ctx, t: &crate::segment::Tok) -> bool {
    &cx.s[t.start..t.end] == "比" && cx.s[..t.start].ends_with('占')
}

fn is_quantity(c: &Cand) -> bool {
    matches!(
        c.kind,
        FactKind::Money | FactKind::Count | FactKind::Percent
    )
}

/// `增值税12.8亿元、城镇土地使用税9.5亿元，同比分别增长210.8%、29.5%`: the items of a
/// list after `分别` (respectively) take, in order, the subjects of as many
/// quantities just before it in the sentence. When those do not all have one,
/// no item has one (the list would be misread). Returns the index after the list.
fn respectively(cx: &Ctx, cands: &mut [Cand], first: usize) -> usize {
    let end = list_end(cx, cands, first);
    let n = end - first;
    let sentence_start = cx.s[..cands[first].range.start]
        .rfind(sentence_mark)
        .map_or(0, |i| {
            i + cx.s[i..].chars().next().map_or(1, char::len_utf8)
        });
    let before: Vec<usize> = (0..first)
        .rev()
        .filter(|&j| is_quantity(&cands[j]))
        .take(n)
        .collect();
    let mapped = n > 1
        && before.len() == n
        && before
            .iter()
            .all(|&j| cands[j].range.start >= sentence_start && cands[j].subject.is_some());
    for (k, item) in (first..end).enumerate() {
        cands[item].subject = if mapped {
            cands[before[n - 1 - k]].subject.clone()
        } else {
            None
        };
    }
    end
}

/// `广播人口综合覆盖率和电视人口综合覆盖率分别达到98.99%和99.24%`, `增值税、营业税分别
/// 增长5%、3%`: subjects listed before `分别` (respectively) go, in order, to the
/// numbers listed after it (and so for a list of changes without `分别`). The subjects are split at `、`, else at `和`, `及`,
/// `与`; when their count is not the numbers', no number takes one (the list
/// would be misread). `None` when the clause has no list of subjects before
/// `分别` (one subject before it is shared, as any subject is); else the index
/// after the numbers.
fn listed_subjects(cx: &Ctx, cands: &mut [Cand], first: usize) -> Option<usize> {
    let at = cands[first].range.start;
    // The clause, with `、` inside it (it separates the subjects).
    let mut start = at;
    for (i, c) in cx.s[..at].char_indices().rev().take(64) {
        if c != '、' && clause_mark(c) {
            break;
        }
        start = i;
    }
    // (A date compared with, `比上年`, is part of the comparison, no figure.)
    let compared = |c: &Cand| {
        c.kind == FactKind::Date && matches!(cx.before(c.range.start), Some('比' | '较'))
    };
    // (Past such a date, a list that cannot be mapped falls back to the shared
    // subject, as when the date stopped the reading.)
    let past_date = first > 0 && cands[first - 1].range.end > start;
    if past_date && !compared(&cands[first - 1]) {
        return None;
    }
    let end = list_end(cx, cands, first);
    let n = end - first;
    // Where the subjects end: at `分别`, or, for a list of changes without it
    // (`国内游客人次、总花费增长5.6%、7.5%`), at the word of change.
    let resp = match cx.s[start..at].find("分别") {
        Some(i) => {
            let resp = start + i;
            if !cx.starts_word(resp) || !only_change_words(cx, resp + "分别".len()..at) {
                return None;
            }
            // The comparison before `分别` is no part of the last subject
            // (`集成电路产量同比分别增长`).
            super::changes::basis_before(cx, resp)
                .filter(|b| b.start > start && b.end == resp)
                .map_or(resp, |b| b.start)
        }
        None => {
            let w = super::changes::word_start(cx, at).filter(|&w| w > start)?;
            if n < 2 {
                return None;
            }
            if !cx.s[start..w].contains('、') {
                // `城乡居民人均可支配收入增长4.7%和7.3%`: one contracted word for
                // two indicators names neither figure.
                if !CONTRACTED.iter().any(|c| cx.s[start..w].contains(c)) {
                    return None;
                }
                for c in &mut cands[first..end] {
                    c.subject = None;
                }
                return Some(end);
            }
            w
        }
    };
    // The subjects' clauses hold no number and were not segmented.
    let own;
    let cx = if cx.s[start..resp].contains('、') {
        own = segmented(cx, start..resp);
        own.as_ref().unwrap_or(cx)
    } else {
        cx
    };
    let parts = |seps: &[&str]| -> Vec<Range<usize>> {
        let mut v = Vec::new();
        let mut from = start;
        let mut p = start;
        while p < resp {
            let Some(t) = cx.token_at(p) else { break };
            if t.start >= from && t.end <= resp && seps.contains(&&cx.s[t.start..t.end]) {
                v.push(from..t.start);
                from = t.end;
            }
            p = t.end.max(p + 1);
        }
        v.push(from..resp);
        v
    };
    // Split at `、`; also at `和`, `及`, `与` when that gives as many subjects as
    // numbers (`第一产业、第二产业和第三产业增加值分别增长3.5%、2.2%和4.3%`).
    let mut items = parts(&["、"]);
    if items.len() != n {
        let all = parts(&["、", "和", "及", "与", "以及"]);
        if items.len() == 1 || all.len() == n {
            items = all;
        }
    }
    if items.len() < 2 {
        // `城乡居民人均可支配收入分别增长4.5%、8.2%`: one phrase that joins two
        // indicators in a contracted word (城乡: 城镇 and 农村) names neither figure.
        let contracted = CONTRACTED.iter().any(|w| cx.s[start..resp].contains(w));
        if n < 2 || !contracted || past_date {
            return None;
        }
        for c in &mut cands[first..end] {
            c.subject = None;
        }
        return Some(end);
    }
    let subjects: Vec<Option<Range<usize>>> = items
        .iter()
        .map(|r| noun_phrase(cx, r.clone(), false))
        .collect();
    // `城镇和农村居民人均可支配收入分别增长5.6%和7.8%`, `有色冶金、石化化工、装备制造
    // 产业增加值分别增长…`: items before the last share its head (城镇居民人均可支配
    // 收入, 有色冶金产业增加值), which is no span. So when one item is a single word
    // before a long last one, or only the last ends with a word of measure.
    let words = |r: &Range<usize>| {
        let from = cx.tokens.partition_point(|t| t.end <= r.start);
        cx.tokens[from..]
            .iter()
            .take_while(|t| t.start < r.end)
            .count()
    };
    let measured = |r: &Range<usize>| MEASURE_HEADS.iter().any(|h| cx.s[r.clone()].ends_with(h));
    // (An earlier item that ends with a head of counting names its own figure:
    // `生产安全事故起数、死亡人数`, `事故数、死亡人数`.)
    let counted = |r: &Range<usize>| {
        measured(r) || COUNTING_HEADS.iter().any(|h| cx.s[r.clone()].ends_with(h))
    };
    let (init, last) = subjects.split_at(subjects.len() - 1);
    let elliptic = last.iter().flatten().any(|l| {
        (words(l) >= 3 && init.iter().flatten().any(|r| words(r) == 1))
            || (measured(l) && !init.iter().flatten().any(counted))
    });
    let mapped = n == items.len() && subjects.iter().all(Option::is_some);
    if past_date && (!mapped || elliptic) {
        return None;
    }
    for (k, item) in (first..end).enumerate() {
        // In a list that shares the last item's head, that item alone is named
        // in full (`农村居民人均可支配收入` for 7.8%).
        let named = mapped && (!elliptic || k + 1 == n);
        cands[item].subject = if named { subjects[k].clone() } else { None };
    }
    Some(end)
}

/// Between `分别` and its first number, only a few words of change or linking
/// (`达到`, `为`, `比上年增长`, `同比下降`), no clause.
fn only_change_words(cx: &Ctx, r: Range<usize>) -> bool {
    let t = cx.s[r].trim_matches([' ', '\u{3000}']);
    t.chars().count() <= 8 && !t.contains(clause_mark)
}

/// Where a list of quantities of one kind starting at `first` ends (items joined
/// by `、`, `和`, `及`, `与` or spaces).
fn list_end(cx: &Ctx, cands: &[Cand], first: usize) -> usize {
    let mut end = first + 1;
    while let Some(next) = cands.get(end) {
        let prev = &cands[end - 1];
        let joined = next.kind == prev.kind
            && next.range.start > prev.range.end
            && cx.s[prev.range.end..next.range.start]
                .trim_matches([' ', '\u{3000}'])
                .chars()
                .all(|c| matches!(c, '、' | '和' | '及' | '与'));
        if !joined {
            break;
        }
        end += 1;
    }
    end
}

/// Only words of time or linking (`，同比`, `，其中`, the `和` of a list): nothing
/// of its own.
/// Verbs that link a figure to the plan it fulfils (`完成年度预算的100.3%`,
/// `为预算的100.1%`, `占调整预算105.47%`).
const PLAN_VERBS: &[&str] = &["完成", "为", "是", "达到", "达", "相当于", "占", "佔"];

/// What a plan is called in budget and statistics reports.
const PLANS: &[&str] = &["预算", "预算数", "计划", "目标", "任务"];

/// The plan a figure is the plan's figure of, where the words before it are a
/// verb of completion and a plan (`完成预算数`, `占调整预算数`): the plan's words.
fn plan_figure(cx: &Ctx, range: Range<usize>) -> Option<Range<usize>> {
    let s = &cx.s[range.clone()];
    let t = s.trim_matches([' ', '\u{3000}']);
    if t.contains(clause_mark) || t.chars().count() > 12 {
        return None;
    }
    let verb = PLAN_VERBS.iter().find(|w| t.starts_with(**w))?;
    PLANS.iter().any(|w| t.ends_with(w)).then_some(())?;
    let start =
        range.start + (s.len() - s.trim_start_matches([' ', '\u{3000}']).len()) + verb.len();
    let end = start + t.len() - verb.len();
    (start < end).then_some(start..end)
}

fn only_linking(s: &str) -> bool {
    let s = s.trim_matches([' ', '\u{3000}']);
    // `，年增43.4%`, `月減2.1%`: Taiwan's press writes the comparison with the
    // year, month or quarter before as one character before the change.
    if matches!(s, "年" | "月" | "季") {
        return true;
    }
    // `因证所税事件分别降为`: a cause names no indicator of its own.
    // (`扣除价格因素`; not `扣除标准为`, a noun that opens with the verb.)
    let deducting = DEDUCTING.iter().any(|w| s.starts_with(w));
    let causal = CAUSAL.iter().any(|w| s.starts_with(w))
        && (!deducting || s.contains("因素") || s.contains("影响"))
        && LINKING.iter().any(|w| s.ends_with(w))
        && !s.contains(clause_mark);
    if causal {
        return true;
    }
    // `，高于全市平均水平4个百分点`: a gap to the figure before, whose subject it has.
    if ["高于", "低于", "快于", "慢于"]
        .iter()
        .any(|w| s.starts_with(w))
        && s.chars().count() <= 10
        && !s.contains(clause_mark)
    {
        return true;
    }
    // `，完成年度预算的100.3%`, `，为预算的100.1%`, `，占调整预算105.47%`,
    // `，占一般公共预算收入比重为61%`: the part of a plan done, whatever verb links
    // it, or the share in a whole, of the figure before.
    if !s.contains(clause_mark) && s.chars().count() <= 24 {
        let t = s.trim_end_matches('为').trim_end_matches('的');
        let completion =
            PLAN_VERBS.iter().any(|w| s.starts_with(w)) && PLANS.iter().any(|w| t.ends_with(w));
        // (`，占100%`: the whole left unsaid; `，占种植业产值的33.9%` names the
        // whole as an indicator of its own: no subject.)
        let share = s.starts_with(['占', '佔'])
            && (t.chars().count() == 1 || ["比重", "比例", "份额"].iter().any(|w| t.ends_with(w)));
        if completion || share {
            return true;
        }
    }
    // `又降为`, `同比分别`: linking words after adverbs, nothing else.
    let mut s = s;
    while !s.is_empty() {
        let trimmed = trailing_links()
            .suffixes_of(s)
            .filter_map(|w| s.strip_suffix(w))
            .min_by_key(|t| t.len())
            .or_else(|| leading().prefixes_of(s).find_map(|w| s.strip_prefix(w)));
        match trimmed {
            Some(t) => s = t.trim_matches([' ', '\u{3000}']),
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    fn subjects(t: &str) -> Vec<(String, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind != FactKind::Date)
            .map(|f| (f.text, f.subject.map(|s| s.text)))
            .collect()
    }

    /// Taiwan's press writes a change as `年增`, `年減`, `月增` after the indicator
    /// (經濟部's June 2018 trade release, 聯合報 2025-12 on retail): the indicator
    /// before the one-character comparison is the subject; `今年增长` keeps its date.
    #[test]
    fn a_one_character_comparison_before_the_change() {
        let t = "經濟部6月內需統計:批發業營業額年增2.3%、零售業年增4.9%,餐飲業年增8.5%。今年第2季零售業營業額年減1.6%。外銷訂單月增3.1%。";
        let got: Vec<_> = subjects(t).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            got,
            [
                Some("批發業營業額".to_string()),
                Some("零售業".to_string()),
                Some("餐飲業".to_string()),
                Some("零售業營業額".to_string()),
                Some("外銷訂單".to_string()),
            ]
        );
        // (Not after a word that ends in 年, 月 or 季: `全年增`, `逐月增`, `本季增`.)
        for (t, s) in [
            ("全市地区生产总值全年增5.2%。", "地区生产总值"),
            ("營業額逐年增3%。", "營業額"),
            ("门诊人次逐月增3%。", "门诊人次"),
            ("企業營收本季增5%。", "企業營收"),
        ] {
            let f = subjects(t);
            assert_eq!(f.last().and_then(|x| x.1.as_deref()), Some(s), "{t}");
        }
        assert_eq!(
            subject_of("全市地区生产总值今年增长5.2%。", "5.2%").as_deref(),
            Some("地区生产总值")
        );
    }

    /// Verbs of a level returned to or looked to (`回復至`, `落在`, `上看`: 眾新聞
    /// 2021 on the 民政事務總署 budget, 聯合報 2025-12 on retail; a city's report,
    /// ../shared/corpus/reports/cn-city-gwr/city-120.txt), a time of the whole
    /// year (`全年度`, 臺中市政府), and a rate's `每月` before the number (a
    /// province's report, ../shared/corpus/reports/cn-provincial-gwr-2026/
    /// prov-2026-08.txt) stand between the indicator and its figure.
    #[test]
    fn levels_returned_to_and_rates_before_the_number() {
        assert_eq!(
            subject_of("活動數目會回復至32342項。", "32342項").as_deref(),
            Some("活動數目")
        );
        assert_eq!(
            subject_of("江北机场国际航线恢复至33条。", "33条").as_deref(),
            Some("江北机场国际航线")
        );
        assert_eq!(
            subject_of("營業額約落在4,353億至4,484億元。", "4,353億至4,484億元").as_deref(),
            Some("營業額")
        );
        assert_eq!(
            subject_of("全年度營收額將上看4000億元。", "4000億元").as_deref(),
            Some("營收額")
        );
        assert_eq!(
            subject_of("最低工资标准每月提高183元。", "183元").as_deref(),
            Some("最低工资标准")
        );
        assert_eq!(
            subject_of("财政补助标准提高到每人每年320元。", "320元").as_deref(),
            Some("财政补助标准")
        );
    }

    /// Items that name an industry, then its cause, then its change (經濟部's
    /// June 2018 release on retail): each change is its industry's, not the
    /// total's of the sentence before; a figure in between keeps it its own.
    #[test]
    fn a_noun_and_its_cause_before_a_change() {
        let t = "6月零售業營業額3,454億元,年增4.9%,其中綜合商品零售業之百貨公司因逢年中慶及世足賽相關商品熱賣,年增5.9%;家庭器具及用品零售業因高單價珠寶、鐘錶業績成長,以及部分業者拓展電子商務挹注營收,年增10.3%:燃料零售業則因油價及銷量皆較去年同期成長,年增25.8%。";
        assert_eq!(subject_of(t, "4.9%").as_deref(), Some("零售業營業額"));
        assert_eq!(subject_of(t, "5.9%").as_deref(), Some("百貨公司"));
        assert_eq!(
            subject_of(t, "10.3%").as_deref(),
            Some("家庭器具及用品零售業")
        );
        assert_eq!(subject_of(t, "25.8%").as_deref(), Some("燃料零售業"));
        // (A figure of its own in the cause's clause: no topic there.)
        // (`扣除标准` is a noun, no cause: the State Council's 2018 rules on
        // special deductions; the clause is no topic of the one before.)
        let t = "（一）直辖市、省会城市以及国务院确定的其他城市，扣除标准为每月1500元；";
        assert_eq!(subject_of(t, "1500元"), None);
        let t = "出口总额120亿元，其中机电产品因订单增加出口80亿元，增长12%。";
        assert_ne!(subject_of(t, "12%").as_deref(), Some("机电产品"));
    }

    fn subject_of(t: &str, fact: &str) -> Option<String> {
        subjects(t)
            .into_iter()
            .find(|(text, _)| text == fact)
            .unwrap_or_else(|| panic!("{fact} not found in {t}"))
            .1
    }

    /// An industry's official name holds `、` and `和`, and is one subject
    /// (国家统计局's classification: a province's 2026 report,
    /// ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-30.txt; 北京市统计局's
    /// 2016 half-year release in a Traditional reprint, handmsg.com; 宿松 and 丹寨
    /// 2015 bulletins).
    #[test]
    fn listed_names_are_one_subject() {
        let t = "全年交通运输、仓储和邮政业增加值35.2亿元，增长5.1%。电力、热力、燃气及水生产和供应业投资下降3.2%。农、林、牧、渔业增加值15.3亿元。";
        assert_eq!(
            subject_of(t, "35.2亿元").as_deref(),
            Some("交通运输、仓储和邮政业增加值")
        );
        assert_eq!(
            subject_of(t, "3.2%").as_deref(),
            Some("电力、热力、燃气及水生产和供应业投资")
        );
        assert_eq!(
            subject_of(t, "15.3亿元").as_deref(),
            Some("农、林、牧、渔业增加值")
        );
        assert_eq!(
            subject_of(
                "科學研究和技術服務業增長5%，交通運輸、倉儲和郵政業增長34%。",
                "34%"
            )
            .as_deref(),
            Some("交通運輸、倉儲和郵政業")
        );
        // A list of two industries is still two.
        assert_eq!(
            subject_of("交通运输、建筑业增加值分别增长3%和4%。", "4%").as_deref(),
            Some("建筑业增加值")
        );
    }

    /// A verb that names a kind (`出生人口`, `开工项目`, `实到外资`) stays in the
    /// subject; a footnote's number after the name is none of it (丹寨县 2015 and
    /// 云和县 2022 bulletins; 宿松縣 2015 bulletin: `地區生產總值[2]`; a street
    /// office's 2020 summary: `完成开工项目11个，竣工项目8个`).
    #[test]
    fn kinds_named_by_verbs_and_footnote_numbers() {
        let t = "全年出生人口为580人，死亡人口320人。完成开工项目11个，竣工项目8个。实到外资5亿元。新建乡镇文化站3个。";
        assert_eq!(subject_of(t, "580人").as_deref(), Some("出生人口"));
        assert_eq!(subject_of(t, "320人").as_deref(), Some("死亡人口"));
        assert_eq!(subject_of(t, "11个").as_deref(), Some("开工项目"));
        assert_eq!(subject_of(t, "8个").as_deref(), Some("竣工项目"));
        assert_eq!(subject_of(t, "5亿元").as_deref(), Some("实到外资"));
        assert_eq!(subject_of(t, "3个").as_deref(), Some("乡镇文化站"));
        let t = "全年地區生產總值[2]153.1億元，增長8.1%。";
        assert_eq!(subject_of(t, "153.1億元").as_deref(), Some("地區生產總值"));
        assert_eq!(subject_of(t, "8.1%").as_deref(), Some("地區生產總值"));
    }

    /// The base a figure is compared with is no indicator (自由時報 2020 on
    /// 彰化縣's supplementary budget: `較原預算數442億5039萬4000元`), nor is a motion
    /// to cut (Legislative Yuan proceedings, ../shared/corpus/reports/tw-ly-proceedings:
    /// `爰建議刪除6,000千元`); a count of proposals is of them (a city's report,
    /// ../shared/corpus/reports/cn-city-gwr: `办理人大代表建议156件`).
    #[test]
    fn comparisons_and_motions_are_no_subjects() {
        assert_eq!(
            subject_of(
                "歲入預算數為445億元，較原預算數442億5039萬4000元，約增0.7%。",
                "442億5039萬4000元"
            ),
            None
        );
        assert_eq!(
            subject_of("該計畫執行不力，爰建議刪除6,000千元。", "6,000千元"),
            None
        );
        assert_eq!(
            subject_of("办理人大代表建议156件。", "156件").as_deref(),
            Some("办理人大代表建议")
        );
        assert_eq!(
            subject_of("相較於男性之勞動參與率 43%少了 14%。", "43%").as_deref(),
            Some("勞動參與率")
        );
        // An adjective that opens with 较 is no comparison.
        assert_eq!(
            subject_of("全市较大规模企业达到120家。", "120家").as_deref(),
            Some("较大规模企业")
        );
    }

    /// The budget passed at the year's start is a line of final accounts by its
    /// name (a county department's 2018 三公经费 statement: `年初预算为2.95万元`).
    #[test]
    fn the_budget_at_the_years_start() {
        let t = "公务接待费支出2.05万元，年初预算为2.95万元，差值为0.9万元。";
        assert_eq!(subject_of(t, "2.95万元").as_deref(), Some("年初预算"));
    }

    /// `分别` after a comparison (`比上年分别增长`: the date compared with is no
    /// figure of the list) or with one before it (`同比分别增长`: no part of the
    /// last subject); subjects split at `、` and `和` when that gives one a number
    /// (a city's work report: `学前教育毛入园率、义务教育巩固率和…分别达到`).
    #[test]
    fn respectively_after_a_comparison_and_lists_in_he() {
        let t = "增值税、营业税比上年分别增长5%、3%。";
        assert_eq!(subject_of(t, "5%").as_deref(), Some("增值税"));
        assert_eq!(subject_of(t, "3%").as_deref(), Some("营业税"));
        let t = "学前教育毛入园率、义务教育巩固率和高等教育毛入学率分别达到93.5%、98.3%和64.3%。";
        assert_eq!(subject_of(t, "93.5%").as_deref(), Some("学前教育毛入园率"));
        assert_eq!(subject_of(t, "64.3%").as_deref(), Some("高等教育毛入学率"));
        let t = "规上工业增加值、固定资产投资同比分别增长8.5%、9%。";
        assert_eq!(subject_of(t, "8.5%").as_deref(), Some("规上工业增加值"));
        assert_eq!(subject_of(t, "9%").as_deref(), Some("固定资产投资"));
    }

    /// The lines of a budget execution report keep their standard names, also
    /// where they open with a word of time or a verb (广州市 2023 budget execution
    /// report; ../shared/corpus/reports/gwr-national/gwr-national-1956.txt), and
    /// Hong Kong's trade releases name the value of goods (`貨值`).
    #[test]
    fn budget_lines_and_values_of_goods() {
        let t = "加上上级补助收入646亿元、上年结余115.4亿元、上年结转资金74.2亿元后，\
                 加上上解支出153.6亿元、补充预算稳定调节基金90亿元后。";
        assert_eq!(subject_of(t, "646亿元").as_deref(), Some("上级补助收入"));
        assert_eq!(subject_of(t, "115.4亿元").as_deref(), Some("上年结余"));
        assert_eq!(subject_of(t, "74.2亿元").as_deref(), Some("上年结转资金"));
        assert_eq!(subject_of(t, "153.6亿元").as_deref(), Some("上解支出"));
        assert_eq!(
            subject_of(t, "90亿元").as_deref(),
            Some("补充预算稳定调节基金")
        );
        assert!(facts_of(t).iter().all(|f| f.kind != FactKind::Date));
        let t = "10月商品整體出口貨值為4,618億元，商品進口貨值為5,017億元。";
        assert_eq!(subject_of(t, "5,017億元").as_deref(), Some("商品進口貨值"));
    }

    /// Budget reports and company filings name an item's indicator after a
    /// list's marker (`——`, `(1)`, `3.`) or as a label before a colon; a plan's
    /// figure (`完成预算数31220万元`) is the plan's, and the share after it, like
    /// the change after a value compared (`较上年28899万元增长9.9%`), is the
    /// indicator's (周至县 2023 budget execution report, zhouzhi.gov.cn; 天等县 2023
    /// final accounts; 上海大智慧 2024 annual results forecast, 临2025-004; the
    /// Legislative Yuan's roll calls, ../shared/corpus/reports/tw-ly-proceedings:
    /// `贊成者： 36 人`).
    #[test]
    fn list_markers_labels_and_plans() {
        let t = "县级一般公共预算收入具体完成情况是:\n\n——税收收入18319万元,增长17.6%。\n\n\
                 (1)上级补助收入277643万元,完成预算的137.13%。\n\
                 (一)利润总额:9,218.38 万元;归属于母公司所有者的净利润:10,242.15 万元。\n\
                 3.非税收入13432万元。\n贊成者： 36 人\n";
        assert_eq!(
            subjects(t),
            [
                ("18319万元".into(), Some("税收收入".into())),
                ("17.6%".into(), Some("税收收入".into())),
                ("277643万元".into(), Some("上级补助收入".into())),
                ("137.13%".into(), Some("上级补助收入".into())),
                ("9,218.38 万元".into(), Some("利润总额".into())),
                (
                    "10,242.15 万元".into(),
                    Some("归属于母公司所有者的净利润".into())
                ),
                ("13432万元".into(), Some("非税收入".into())),
                ("36 人".into(), Some("贊成者".into())),
            ]
        );
        let t = "一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%。\
                 一般公共预算支出537347万元,占调整预算数539267万元的99.6%。";
        assert_eq!(
            subjects(t),
            [
                ("31751万元".into(), Some("一般公共预算收入".into())),
                ("31220万元".into(), Some("预算数".into())),
                ("101.7%".into(), Some("一般公共预算收入".into())),
                ("28899万元".into(), Some("一般公共预算收入".into())),
                ("9.9%".into(), Some("一般公共预算收入".into())),
                ("537347万元".into(), Some("一般公共预算支出".into())),
                ("539267万元".into(), Some("调整预算数".into())),
                ("99.6%".into(), Some("一般公共预算支出".into())),
            ]
        );
        // A number that is no list's marker stays: `1.5倍`, a decimal.
        assert_eq!(super::list_marker_len("1.5倍"), None);
        assert_eq!(super::list_marker_len("（一）"), None);
        assert_eq!(super::list_marker_len("一）利润"), Some("一）".len()));
        assert_eq!(super::list_marker_len("——税收"), Some("——".len()));
    }

    /// A final account's totals and shares (永川区农机推广站 2024 final accounts;
    /// 浮梁县 2024 audit): `收入合计` names the total, `，占100%` is the share of
    /// the figure before it, `其他收入` is a line of its own, and the standard
    /// names of budget lines led by a verb stay whole.
    #[test]
    fn totals_shares_and_budget_lines() {
        let t = "2024年度收入合计832.82万元，与上年相比增加98.73万元，增长13.45%。\
                 其中：财政拨款收入832.82万元，占100.00%；其他收入0.00万元，占0.00%。";
        let f = subjects(t);
        let got: Vec<Option<&str>> = f.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            got,
            [
                Some("收入合计"),
                Some("收入合计"),
                Some("收入合计"),
                Some("财政拨款收入"),
                Some("财政拨款收入"),
                Some("其他收入"),
                Some("其他收入"),
            ],
            "{f:?}"
        );
        let t = "返还性收入1.91亿元，调入资金3.67亿元，节能环保支出0.65亿元，预算结余9.39亿元。";
        for (fact, subject) in [
            ("1.91亿元", "返还性收入"),
            ("3.67亿元", "调入资金"),
            ("0.65亿元", "节能环保支出"),
            ("9.39亿元", "预算结余"),
        ] {
            assert_eq!(subject_of(t, fact).as_deref(), Some(subject), "{t}");
        }
        // A share of a whole named by a noun phrase of its own is still no subject.
        assert_eq!(subject_of("外贸增量占全区外贸增量的63%。", "63%"), None);
    }

    /// What a verb of cutting cuts is the subject of the cut (`压减一般性支出23.9亿元`;
    /// Taiwan's `減列營業總收入3,290億元`); a budget's amount as drawn up is its
    /// item's (`總統府主管原列3,324萬6千元`).
    #[test]
    fn what_a_cut_cuts() {
        let t = "压减一般性支出和非紧急非刚性支出23.9亿元，削减财政赤字450亿元。";
        assert_eq!(
            subject_of(t, "23.9亿元").as_deref(),
            Some("一般性支出和非紧急非刚性支出")
        );
        assert_eq!(subject_of(t, "450亿元").as_deref(), Some("财政赤字"));
        let t = "審議結果，減列營業總收入3,290億元。總統府主管原列3,324萬6千元，減列1,500萬元。";
        assert_eq!(subject_of(t, "3,290億元").as_deref(), Some("營業總收入"));
        assert_eq!(subject_of(t, "3,324萬6千元").as_deref(), Some("總統府主管"));
        let t = "司法院原列785萬1千元，減列第1目。國防部原列8,661萬5千元。";
        assert_eq!(subject_of(t, "785萬1千元").as_deref(), Some("司法院"));
        assert_eq!(subject_of(t, "8,661萬5千元").as_deref(), Some("國防部"));
    }

    /// Taxes and revenues whose names hold a verb or `占` are whole indicators (天等县
    /// 2023 final accounts: `耕地占用税收入620万元`; 周至县 2023 budget execution
    /// report: `罚没收入5216万元`; ../shared/corpus/reports/cn-city-gwr/city-003.txt:
    /// `电解液溶剂全球市场占有率超过60%`); the verb 占 still ends one
    /// (`税收收入占一般公共预算收入比重为61%` → `税收收入`).
    #[test]
    fn tax_names_and_the_verb_zhan() {
        let t = "耕地占用税收入620万元,同比增收491万元。罚没收入5216万元,下降29.6%。";
        assert_eq!(subject_of(t, "620万元").as_deref(), Some("耕地占用税收入"));
        assert_eq!(subject_of(t, "5216万元").as_deref(), Some("罚没收入"));
        assert_eq!(
            subject_of("电解液溶剂全球市场占有率超过60%。", "超过60%").as_deref(),
            Some("电解液溶剂全球市场占有率")
        );
        assert_eq!(
            subject_of("税收收入占一般公共预算收入比重为61%。", "61%").as_deref(),
            Some("税收收入")
        );
    }

    /// A level at a time a word of time names, after `自`/`从` (the Financial
    /// Secretary's 2013-14 Budget speech, LegCo record of 2013-02-27: `失業率自年
    /// 中 3.2%的低位`; a work report's `存款余额从年初1.2万亿元`).
    #[test]
    fn a_level_from_a_time_word() {
        assert_eq!(
            subject_of(
                "勞工市場保持穩定，失業率自年中 3.2%的低位，只略為回升。",
                "3.2%"
            )
            .as_deref(),
            Some("失業率")
        );
        assert_eq!(
            subject_of("存款余额从年初1.2万亿元增加到1.5万亿元。", "1.2万亿元").as_deref(),
            Some("存款余额")
        );
    }

    /// Words that hold a verb before a count of things say what is done to them
    /// (兴县 standing meeting of 2024-04-18, sxxingxian.gov.cn: `会议原则同意启动实施
    /// 兴县15万吨…项目`; ../shared/corpus/reports/cn-national-gwr/gwr-national-2011.txt:
    /// `改造和新建2.3万所乡镇卫生院`); a noun before it stays its subject.
    #[test]
    fn an_action_before_things_counted_is_no_subject() {
        assert_eq!(
            subject_of(
                "会议原则同意启动实施兴县15万吨新能源汽车零部件及铝型材项目。",
                "15万吨"
            ),
            None
        );
        assert_eq!(
            subject_of(
                "国家财政安排专项资金，改造和新建2.3万所乡镇卫生院。",
                "2.3万所"
            ),
            None
        );
        assert_eq!(
            subject_of("全年新建保障性住房1200套。", "1200套").as_deref(),
            Some("保障性住房")
        );
    }

    /// A gloss in brackets between the indicator and its figure, an item's
    /// enclosed number before it, and a category named with `类` leave the
    /// indicator whole (../shared/corpus/reports/cn-city-gwr/city-070.txt,
    /// city-066.txt, city-041.txt, city-061.txt; a Daqing statistics bureau
    /// analysis of the first half of a year; the CPI groups of any statistical
    /// communiqué).
    #[test]
    fn glosses_item_marks_and_categories_leave_the_indicator() {
        assert_eq!(
            subject_of(
                "1-11月，进出口总额16亿美元，实际利用外资（FDI）1539万美元。",
                "1539万美元"
            )
            .as_deref(),
            Some("实际利用外资（FDI）")
        );
        assert_eq!(
            subject_of(
                "全市总税收（含留抵退税）112.97亿元，增长6.4%。",
                "112.97亿元"
            )
            .as_deref(),
            Some("总税收（含留抵退税）")
        );
        assert_eq!(
            subject_of(
                "上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%。",
                "1.5%"
            )
            .as_deref(),
            Some("地区生产总值（GDP）")
        );
        // After the year that opens the bulletin's sentence (乐山市 2024 bulletin).
        assert_eq!(
            subject_of(
                "2024年地区生产总值(GDP)2532.53亿元，比上年增长4.5%。",
                "4.5%"
            )
            .as_deref(),
            Some("地区生产总值(GDP)")
        );
        assert_eq!(
            subject_of(
                "⑧升级改造铁山供水工程及设施；⑨建设高标准农田37.84万亩；",
                "37.84万亩"
            )
            .as_deref(),
            Some("高标准农田")
        );
        assert_eq!(
            subject_of(
                "1、公共财政预算收入完成58.2亿元。①税收收入完成46.8亿元，下降6%。",
                "46.8亿元"
            )
            .as_deref(),
            Some("税收收入")
        );
        let t = "八大类消费品价格呈现“四升三降一平”格局：食品烟酒类上涨2.6%，居住类上涨0.5%，衣着类下降1.5%。";
        assert_eq!(subject_of(t, "2.6%").as_deref(), Some("食品烟酒类"));
        assert_eq!(subject_of(t, "0.5%").as_deref(), Some("居住类"));
        assert_eq!(subject_of(t, "1.5%").as_deref(), Some("衣着类"));
        assert_eq!(
            subject_of(
                "合同投资总额809.99亿元，增长16.8%，项目到位资金（含续建）602.22亿元，增长7.2%。",
                "602.22亿元"
            )
            .as_deref(),
            Some("项目到位资金（含续建）")
        );
    }

    /// `中直` (units directly under the central authorities) is one word: the
    /// indicator it opens is whole (a Daqing statistics bureau analysis;
    /// ../shared/corpus/reports/cn-city-gwr/city-093.txt and city-065.txt name
    /// `中直、区直单位`).
    #[test]
    fn units_under_the_centre_open_an_indicator() {
        assert_eq!(
            subject_of("中直经济实现增加值384.8亿元，同比下降1.2%。", "384.8亿元").as_deref(),
            Some("中直经济实现增加值")
        );
    }

    /// How a figure is measured (`实质`, in real terms), when (`全年`, `预期`) and
    /// how sharply it moved (`进一步飙升`) are not part of what is measured.
    #[test]
    fn real_terms_times_and_adverbs_close_no_subject() {
        // 立法會 2013-02-27 budget speech; ../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_090216.txt; ../shared/corpus/reports/cn-national-gwr/gwr-national-2012.txt.
        assert_eq!(
            subject_of("私人消費開支全年實質增長 4%。", "4%").as_deref(),
            Some("私人消費開支")
        );
        assert_eq!(
            subject_of("勞工，平均月薪資實質減少 206 元。", "206 元").as_deref(),
            Some("平均月薪資")
        );
        assert_eq!(
            subject_of(
                "保持社会融资规模合理增长。广义货币预期增长14%左右。",
                "14%左右"
            )
            .as_deref(),
            Some("广义货币")
        );
        // An adverb alone is no subject; the indicator stands before the date.
        assert_eq!(
            subject_of("香港的貨物出口在去年全年實質僅有1.3%的輕微增長。", "1.3%").as_deref(),
            Some("貨物出口")
        );
        assert_eq!(
            subject_of("帶動整體投資在去年進一步飆升 9.1%。", "9.1%").as_deref(),
            Some("整體投資")
        );
    }

    /// A scope word is set aside, unless what follows is the area's own measure.
    #[test]
    fn the_scope_of_an_area_measure_stays() {
        // 黄浦区城市更新“十五五”规划 (2026); ../shared/corpus/reports/cn-city-gwr/city-099.txt
        // and cn-provincial-gwr-2026/prov-2026-17.txt.
        assert_eq!(
            subject_of("到2030年，全区面积80%以上达到海绵城市建设要求。", "80%以上").as_deref(),
            Some("全区面积")
        );
        assert_eq!(
            subject_of("全市生产总值超过2900亿元、增长6%。", "超过2900亿元").as_deref(),
            Some("生产总值")
        );
        assert_eq!(
            subject_of("全省生产总值增长5.6%，一般公共预算收入增长2%。", "5.6%").as_deref(),
            Some("生产总值")
        );
    }

    /// `从/由 + date + (的) + figure`: the level at a starting time, of the
    /// indicator before the preposition; the level reached after `到/至 + date +
    /// 的` is the same indicator's.
    #[test]
    fn levels_from_one_date_to_another() {
        // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-11.txt;
        // cn-national-gwr/gwr-national-2003.txt; 立法會 2013-02-27 budget speech.
        let t = "人均GDP从2020年的5.2万元增加到2025年的7.4万元。";
        assert_eq!(subject_of(t, "5.2万元").as_deref(), Some("人均GDP"));
        assert_eq!(subject_of(t, "7.4万元").as_deref(), Some("人均GDP"));
        assert_eq!(
            subject_of(
                "国内生产总值从１９９７年的７．４万亿元增加到２００２年的１０．２万亿元。",
                "７．４万亿元"
            )
            .as_deref(),
            Some("国内生产总值")
        );
        let t = "整體通脹率從 2011年第三季 6.4%的高位，回落至 2012年第四季的 3.8%，2012年全年平均為 4.1%。";
        assert_eq!(subject_of(t, "6.4%").as_deref(), Some("整體通脹率"));
        assert_eq!(subject_of(t, "3.8%").as_deref(), Some("整體通脹率"));
        assert_eq!(subject_of(t, "4.1%").as_deref(), Some("整體通脹率"));
    }

    /// A line that a hard wrap cut inside a word opens with half a word: no
    /// subject is read from it.
    #[test]
    fn half_a_word_after_a_wrap_is_no_subject() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09030302.txt (`贊` + wrap +
        // `成者`); 立法會 2013-02-27 budget speech (`勞` + wrap + `動人口`).
        let t = "   人，少數不通過並採記名表決方式，表決結果名單附後\n   附後(11)】、第 11 項不予通過【在場委員 93 人，贊\n   成者 30 人，反對者 63 人，少數不通過並採記名表\n   決方式，表決結果名單附後(12)】、第 12 項不予通過\n";
        assert_eq!(subject_of(t, "30 人"), None);
        let t = "旅遊業、金融業和工商及專業服務，共聘用 170萬名僱員，佔全港勞\n動人口 48%，貢獻本地生產總值 59%。支柱行業的基礎穩健，有很大\n的槓桿效益，能夠同時帶動相關行業及就業市場。接下來，我會介紹\n";
        assert_eq!(subject_of(t, "48%"), None);
        // A verb cut in two (`編` + wrap + `列`) ends before the noun after it
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09010101.txt).
        let t = "            化經營並未改善公司體質，反讓虧損持續\n            擴大。當此時刻，台糖公司應積極強化公\n            司體質，降低負債虧損，然台糖公司仍編\n            列福利費 427,698 千元，作為補助員工旅\n            遊之用，實難令國人苟同，為避免台糖公\n            司虧損加劇，影響公司營運情況，爰提案\n";
        assert_eq!(subject_of(t, "427,698 千元").as_deref(), Some("福利費"));
    }

    /// A clause of its own (a time word and a verb inside), and a rule that
    /// prescribes the figure, are no indicator; verbs of carrying out open the
    /// clause before what is carried out.
    #[test]
    fn clauses_rules_and_actions() {
        // 立法會 2013-02-27 budget speech; ../shared/corpus/reports/cn-provincial-gwr-2026/
        // prov-2026-11.txt; 立法院內政委員會 2012-06-06; ../shared/corpus/reports/cn-city-gwr/
        // city-128.txt and city-031.txt.
        assert_eq!(subject_of("整個行業目前僱用員工77萬人，", "77萬人"), None);
        assert_eq!(
            subject_of("非常规天然气五年累计产量达750亿立方米。", "750亿立方米"),
            None
        );
        assert_eq!(
            subject_of("現行法規定30公尺以內不得為之。", "30公尺以內"),
            None
        );
        assert_eq!(
            subject_of(
                "接续支持8个重点帮扶县高质量发展，落实帮扶资金3.18亿元。",
                "3.18亿元"
            )
            .as_deref(),
            Some("帮扶资金")
        );
        assert_eq!(
            subject_of(
                "净增信贷投放80亿元以上，落实银企对接资金180亿元以上。",
                "180亿元以上"
            )
            .as_deref(),
            Some("银企对接资金")
        );
    }

    /// A verb right before a count of things is what is done to them; words of
    /// aim or expectation before the number are no part of the indicator.
    #[test]
    fn actions_and_modals_are_no_subjects() {
        // ../shared/corpus/reports/cn-city-gwr/city-002.txt; 闵行区城市更新“十五五”规划.
        assert_eq!(subject_of("启动10个城中村改造项目，", "10个"), None);
        assert_eq!(subject_of("启动8个城中村整体改造项目；", "8个"), None);
        // 立法會, 2013-04-17; ../shared/corpus/reports (四县有学前教育机构265所 reads
        // the other way: the figure after the noun).
        assert_eq!(subject_of("這類學生全港有73間直資學校，", "73間"), None);
        assert_eq!(subject_of("全市现有12个国家级开发区，", "12个"), None);
        // ../shared/corpus/reports/cn-city-gwr/city-053.txt.
        assert_eq!(
            subject_of("国家高新技术企业力争达2500家。", "2500家").as_deref(),
            Some("国家高新技术企业")
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090208.txt.
        assert_eq!(
            subject_of("而就業人數會減少 7,000 人。", "7,000 人").as_deref(),
            Some("就業人數")
        );
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-1955.txt.
        assert_eq!(
            subject_of(
                "丰满水电站在改建完成后，发电能力可以达到五十六万千瓦以上。",
                "五十六万千瓦以上"
            )
            .as_deref(),
            Some("发电能力")
        );
    }

    /// The level a change ends at (`下跌 0.3% 至 2,014.62 美元`) is of the indicator
    /// that changed; `而` joining the clause is no part of it.
    #[test]
    fn level_after_a_change() {
        // ../shared/conformance/stats-dev.jsonl s099, s103, s107 (gold price reports).
        let t =
            "現貨黃金下跌 0.3% 至每盎司 2,014.62 美元，而美國黃金期貨下跌 0.2% 至 2,018.90 美元。";
        assert_eq!(subject_of(t, "2,014.62 美元").as_deref(), Some("現貨黃金"));
        assert_eq!(subject_of(t, "0.2%").as_deref(), Some("美國黃金期貨"));
        assert_eq!(
            subject_of(t, "2,018.90 美元").as_deref(),
            Some("美國黃金期貨")
        );
        let t = "現貨白銀下跌 0.3% 至每盎司 24.05 美元，鉑金下跌 0.1% 至 1,063.68 美元。";
        assert_eq!(subject_of(t, "1,063.68 美元").as_deref(), Some("鉑金"));
        let t = "鈀金上漲0.4%至2,157.72美元。";
        assert_eq!(subject_of(t, "2,157.72美元").as_deref(), Some("鈀金"));
    }

    /// A figure with its own subject before a change of the same clause is the
    /// indicator's, not a value compared; a topic clause may hold a date.
    #[test]
    fn figure_before_its_change() {
        // ../shared/conformance/stats-dev.jsonl s029 (a company's half-year report).
        let t = "公司上半年营业利润4292万元比上年同期下降了32.68%。";
        assert_eq!(subject_of(t, "32.68%").as_deref(), Some("营业利润"));
        // Still: a figure inside the comparison is compared (stats-dev s049).
        let t = "6月份全球芯片销售额为247亿美元，较5月份的250亿美元下降1.2%。";
        assert_eq!(subject_of(t, "1.2%").as_deref(), Some("全球芯片销售额"));
        // stats-dev s065: a topic clause with a date in it.
        let t = "不过佳能调高了今年全年的净利润预期，从2200亿日元增加到2600亿日元。";
        assert_eq!(subject_of(t, "2200亿日元").as_deref(), Some("净利润预期"));
    }

    /// The tagger's joins and cuts around a head: `率达`, `比达` glued, `占比`
    /// cut in two, and the longest linking word (`提升至`, not `升至`).
    #[test]
    fn heads_the_tagger_cuts() {
        let cases = [
            // ../shared/corpus/reports/cn-city-gwr/city-014.txt
            ("污水处理率提高到97.3%，", "97.3%", "污水处理率"),
            // ../shared/corpus/reports/cn-city-gwr/city-060.txt
            (
                "常住人口城镇化率提升至49.4％。",
                "49.4％",
                "常住人口城镇化率",
            ),
            // ../shared/corpus/reports/cn-city-gwr/city-052.txt
            ("水质优良率保持100%，", "100%", "水质优良率"),
            // ../shared/corpus/reports/cn-city-gwr/city-112.txt
            (
                "生活污水有效治理率达77%以上，",
                "77%以上",
                "生活污水有效治理率",
            ),
            // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-08.txt
            ("新能源装机占比达63%、", "63%", "新能源装机占比"),
            // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-10.txt
            ("护理型床位占比提升至76.4%，", "76.4%", "护理型床位占比"),
            // ../shared/corpus/reports/cn-city-gwr/city-014.txt
            (
                "可再生能源消费占比提高0.5个百分点。",
                "0.5个百分点",
                "可再生能源消费占比",
            ),
        ];
        for (t, fact, want) in cases {
            assert_eq!(subject_of(t, fact).as_deref(), Some(want), "{t}");
        }
    }

    /// Names the tagger reads otherwise: sectors shortened to a numeral (`一产`),
    /// age groups read as time (`青年`), `中之` (the one among), `高达`.
    #[test]
    fn names_read_as_other_words() {
        // ../shared/corpus/reports/cn-city-gwr/city-096.txt
        assert_eq!(
            subject_of("农业提质增效。一产增加值增长4.2%。", "4.2%").as_deref(),
            Some("一产增加值")
        );
        assert_eq!(
            subject_of("服务业加速恢复。三产增加值增长7.2%。", "7.2%").as_deref(),
            Some("三产增加值")
        );
        // tests/fixtures/judged/quantities.jsonl q035 (Daqing statistics bureau).
        let t = "其中，一产实现增加值16.9亿元，增长4.3%；";
        assert_eq!(subject_of(t, "16.9亿元").as_deref(), Some("一产实现增加值"));
        // q039 (Legislative Yuan motion) and ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt
        assert_eq!(
            subject_of("青年失業率 13%，是全球平均失業率的兩倍。", "13%").as_deref(),
            Some("青年失業率")
        );
        // ../shared/corpus/reports/cn-city-gwr (talent attracted, counted)
        assert_eq!(
            subject_of("新增科技领军人才982人，新落户青年人才6.9万人。", "6.9万人").as_deref(),
            Some("新落户青年人才")
        );
        // `中之` (q046) names the part; glued by the tagger, it gives no subject
        // rather than the whole.
        let t = "而前瞻基礎建設中之綠能建設僅兩百多億元。";
        assert_ne!(
            subject_of(t, "兩百多億元").as_deref(),
            Some("前瞻基礎建設中之綠能建設")
        );
    }

    /// `实际` qualifies a change; a list of changes with nothing of its own maps
    /// onto the figures before it, and a contracted word names neither.
    #[test]
    fn real_growth_and_lists_of_changes() {
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-2010.txt
        let t = "城镇居民人均可支配收入１７１７５元，农村居民人均纯收入５１５３元，实际增长９．８％和８．５％。";
        assert_eq!(
            subject_of(t, "９．８％").as_deref(),
            Some("城镇居民人均可支配收入")
        );
        assert_eq!(
            subject_of(t, "８．５％").as_deref(),
            Some("农村居民人均纯收入")
        );
        // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-29.txt
        let t =
            "每年城镇新增就业40万人以上，城乡居民人均收入年均增长5.3％、7.7％，收入比缩小至2.54。";
        assert_eq!(subject_of(t, "5.3％"), None);
        assert_eq!(subject_of(t, "7.7％"), None);
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-1982.txt: a plan
        // alone is no indicator.
        let t = "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；";
        assert_ne!(subject_of(t, "百分之三点七").as_deref(), Some("计划"));
        assert_ne!(subject_of(t, "百分之四点六").as_deref(), Some("计划"));
    }

    /// Indicators listed without figures of their own share the one after the
    /// last: that one is not its only subject.
    #[test]
    fn listed_indicators_sharing_a_figure() {
        // ../shared/corpus/reports/cn-city-gwr/city-007.txt
        let t = "确保基本养老保险、基本医疗保险参保率稳定在95%以上。";
        assert_eq!(subject_of(t, "95%以上"), None);
        // ../shared/corpus/reports/cn-city-gwr/city-087.txt
        let t = "力争规模以上工业企业关键业务环节数字化率、优质中小企业数字化改造率均达到75%以上。";
        assert_eq!(subject_of(t, "75%以上"), None);
        // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-10.txt: the
        // item before holds its own figure.
        let t = "两证齐全医养结合养老机构增至1125家、全国最多，护理型床位占比提升至76.4%。";
        assert_eq!(subject_of(t, "76.4%").as_deref(), Some("护理型床位占比"));
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-2009.txt: `幅度` alone.
        let t = "三次较大幅度提高粮食最低收购价，提价幅度超过２０％。";
        assert_eq!(subject_of(t, "超过２０％"), None);
    }

    #[test]
    fn statistical_communique() {
        // National statistical communiqué on 2023 (stats.gov.cn, 2024-02-29).
        let f = subjects("全年国内生产总值1260582亿元，比上年增长5.2%。");
        assert_eq!(f[0].1.as_deref(), Some("国内生产总值"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("国内生产总值"));
        let f = subjects("其中，第一产业增加值89755亿元，增长4.1%。");
        assert_eq!(f[0].1.as_deref(), Some("第一产业增加值"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("第一产业增加值"));
        assert_eq!(
            subjects("全年粮食产量69541万吨。")[0].1.as_deref(),
            Some("粮食产量")
        );
        assert_eq!(
            subjects("年末全国人口140967万人，比上年末减少208万人。")[0]
                .1
                .as_deref(),
            Some("全国人口")
        );
    }

    /// Budget reports: totals and head modifiers are part of the indicator, the
    /// level of government is its scope, and a clause of completion, share or
    /// change speaks of the figure before.
    #[test]
    fn budget_reports() {
        let subj = |t: &str| -> Vec<Option<String>> {
            subjects(t).into_iter().map(|r| r.1).collect::<Vec<_>>()
        };
        let all_are = |t: &str, want: &str| {
            let f = subjects(t);
            assert!(
                !f.is_empty() && f.iter().all(|r| r.1.as_deref() == Some(want)),
                "{t}: {f:?}"
            );
        };
        // Whatever verb links the plan or the whole: the 2018 central and local
        // budget report (Xinhua's summary): `为预算的100.1%`; 黄平县's 2022 budget
        // execution report: `占调整预算105.47%`.
        all_are(
            "全国一般公共预算收入183351.84亿元，为预算的100.1%，比2017年同口径增长6.2%。",
            "全国一般公共预算收入",
        );
        all_are(
            "地方一般公共预算收入完成28583万元，占调整预算105.47%，同比增长10.85%。",
            "地方一般公共预算收入",
        );
        // Zhanjiang's budget report on 2025 (zhanjiang.gov.cn).
        all_are(
            "2025年全市一般公共预算收入215.1亿元，完成年度预算的100.3%，可比增长6.9%。",
            "一般公共预算收入",
        );
        all_are(
            "2025年市本级一般公共预算收入82.85亿元，完成年度预算的100.5%，可比增长9.4%。",
            "一般公共预算收入",
        );
        all_are(
            "2026年市本级政府性基金预算预期收入61.29亿元，同比增长63.2%。",
            "政府性基金预算预期收入",
        );
        all_are(
            "2025年我市地方政府债务限额为1510.58亿元。",
            "地方政府债务限额",
        );
        all_are(
            "全市一般公共预算收入总计815.6亿元。",
            "一般公共预算收入总计",
        );
        assert_eq!(
            subj("其中：税收收入131.26亿元，可比增长6.1%，占一般公共预算收入比重为61%；非税收入83.84亿元，同比增长8.2%，占一般公共预算收入比重为39%。"),
            [
                Some("税收收入".into()),
                Some("税收收入".into()),
                Some("税收收入".into()),
                Some("非税收入".into()),
                Some("非税收入".into()),
                Some("非税收入".into()),
            ]
        );
        assert_eq!(
            subj("其中，新增限额债券205.77亿元；结存限额债券18亿元。"),
            [Some("新增限额债券".into()), Some("结存限额债券".into())]
        );
        assert_eq!(
            subj("2026年全市社会保险基金预算当期收支结余14.98亿元，各险种年末滚存结余181.8亿元。")
                [1]
            .as_deref(),
            Some("滚存结余")
        );
        all_are(
            "2026年全市社会保险基金预算预期收入226.31亿元，同比增加11.52亿元，同比增长5.4%。",
            "社会保险基金预算预期收入",
        );
        // corpus/reports/cn-city-gwr/city-133.txt: 年末 is time, 各项 part of the name.
        all_are("年末各项存款余额800亿元。", "各项存款余额");
        // Chenzhou's statistical bulletin on 2025: a balance keeps 余额.
        let f = subj("年末金融机构本外币各项存款余额4592.58亿元，比上年末增长10.5%。");
        assert!(
            f.iter()
                .all(|s| s.as_deref() == Some("金融机构本外币各项存款余额")),
            "{f:?}"
        );
        // Chenzhou's bulletin: the share, with or without 的 and 为, is of the
        // figure before.
        for t in [
            "高技术制造业增加值增长9.7%，占规模以上工业的比重为9.3%。",
            "高加工度工业增加值增长29.8%，占规模以上工业增加值比重为26.7%。",
        ] {
            let f = subjects(t);
            assert!(f[0].1.is_some() && f[1].1 == f[0].1, "{t}: {f:?}");
        }
        // corpus/reports/cn-national-gwr/gwr-national-2008.txt: a change of money
        // after 比上年增加 has the subject of the figure before.
        let f = subjects("中央财政将安排科技支出1134亿元，比上年增加134亿元。");
        assert_eq!(f[1].1, f[0].1, "{f:?}");
        assert_ne!(f[1].1.as_deref(), Some("比上年增加"), "{f:?}");
    }

    /// A final copula of a sum (`計`, `合計`) is no part of the subject; a total
    /// after a word of measure is.
    #[test]
    fn copulas_of_sums() {
        // Yilan county council, minutes of 2025-03-01 (Traditional script).
        let f = subjects("經費計 96 萬元，擬請貴會審議並惠予同意先行墊付。");
        assert_eq!(f[0].1.as_deref(), Some("經費"), "{f:?}");
        // The plan's title in corner brackets says whose 經費 it is.
        for t in [
            "補助辦理「建構心智障礙者雙老家庭支持網絡服務模式計畫」經費 96 萬 6,000 元整，請惠予同意先行墊付。",
            "核定補助「 105 年度充實土石流防災疏散避難處所設施及設備執行計畫」經費計 53 萬元，為計畫執行順遂。",
            // corpus/reports/tw-ly-proceedings/LCEWC03_090302.txt
            "檢送編列「強化反托拉斯執法計畫」經費 1,000 萬元專案報告，請查照案。",
        ] {
            let f = subjects(t);
            let money: Vec<_> = f.iter().filter(|r| r.0.ends_with('元') || r.0.ends_with("元整")).collect();
            assert_eq!(money.len(), 1, "{t}: {f:?}");
            assert_eq!(money[0].1.as_deref(), Some("經費"), "{t}: {f:?}");
        }
    }

    /// `分别` (respectively): each item of the list takes the subject of its
    /// counterpart before it.
    #[test]
    fn respectively_maps_in_order() {
        // Daqing's 2017 first-quarter analysis (taxes by kind).
        let f = subjects(
            "增值税12.8亿元、城镇土地使用税9.5亿元、城市维护建设税3.3亿元，同比分别增长210.8%、29.5%、17.8%。",
        );
        let got: Vec<Option<&str>> = f.iter().map(|r| r.1.as_deref()).collect();
        assert_eq!(
            got[3..],
            [
                Some("增值税"),
                Some("城镇土地使用税"),
                Some("城市维护建设税")
            ],
            "{f:?}"
        );
        // A subject of its own before `分别` is shared (a price gap in a cement
        // market report: `价差分别为90元和69元/吨`).
        let f = subjects("南昌、合肥波动较大，价差分别为90元和69元/吨。");
        assert!(f.iter().all(|r| r.1.as_deref() == Some("价差")), "{f:?}");
        // Daqing's 2014 retail sales by trade: names whose first word the tagger
        // reads as a verb (批发, 住宿) are coordinated nouns.
        let f = subjects(
            "批发和零售业实现738.4亿元，住宿和餐饮业实现64.7亿元，同比分别增长15.8%和14.4%。",
        );
        let got: Vec<Option<&str>> = f.iter().map(|r| r.1.as_deref()).collect();
        assert_eq!(
            got,
            [
                Some("批发和零售业"),
                Some("住宿和餐饮业"),
                Some("批发和零售业"),
                Some("住宿和餐饮业")
            ],
            "{f:?}"
        );
        // When the list before it does not give every figure a subject, none has one:
        // corpus/reports/cn-city-gwr/city-117.txt (三次产业 is no span of each).
        let f = subjects("全年地区生产总值增长6.8%，三次产业分别增长3.9%、7.9%、6.3%。");
        assert!(f[1..].iter().all(|r| r.1.is_none()), "{f:?}");
    }

    /// A ranking names the indicator once, before its first word of rank; the
    /// places ranked after it are where, not what (内政部's monthly population
    /// figures, as 中央社 carried them in 2022).
    #[test]
    fn a_ranking_names_its_indicator_once() {
        let f = subjects(
            "各縣市粗出生率最高為彰化縣千分之9.29，其次為澎湖縣千分之9.08，再其次為新竹縣千分之8.98。",
        );
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("粗出生率")),
            "{f:?}"
        );
        // A rank alone before its figure names none by itself.
        let f = subjects("其次為澎湖縣千分之9.08。");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    /// `本地` (local) opens a name: Hong Kong's GDP (政府統計處's releases) and a
    /// supply chain's local share (../shared/corpus/reports/cn-city-gwr/city-091.txt).
    #[test]
    fn local_opens_a_name() {
        assert_eq!(
            subject_of("本地生產總值較去年同期實質上升3.2%。", "3.2%").as_deref(),
            Some("本地生產總值")
        );
        assert_eq!(
            subject_of("玉柴本地配套率达48%。", "48%").as_deref(),
            Some("玉柴本地配套率")
        );
    }

    /// `年` before an indicator makes it a year's (内政部's population figures as
    /// 中央社 carried them; ../shared/corpus/reports/cn-city-gwr/city-114.txt,
    /// cn-national-gwr/gwr-national-1980.txt); not before a plan alone
    /// (city-119.txt).
    #[test]
    fn a_year_s_indicator() {
        assert_eq!(
            subject_of("年粗出生率為千分之6.62。", "千分之6.62").as_deref(),
            Some("年粗出生率")
        );
        assert_eq!(
            subject_of("年旅客吞吐量突破150万人次。", "突破150万人次").as_deref(),
            Some("年旅客吞吐量")
        );
        assert_eq!(subject_of("完成年计划145%。", "145%"), None);
    }

    /// What a figure leaves out opens an adjunct, not a subject (国家统计局's 2018
    /// half-year income release; ../shared/corpus/reports/cn-national-gwr/
    /// gwr-national-1995.txt).
    #[test]
    fn what_a_figure_leaves_out_is_no_subject() {
        let f = subjects("城鎮居民人均可支配收入名義增長9.1%，扣除價格因素實際增長6.6%。");
        assert!(
            f.iter()
                .all(|r| r.1.as_deref() == Some("城鎮居民人均可支配收入")),
            "{f:?}"
        );
        let f = subjects("扣除物价因素，实际增长百分之五。");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    /// A verb before a head of counting names what is counted (`死亡人数`), and
    /// so does each item of a list of them; a budget's stage before `数` does not.
    #[test]
    fn a_verb_before_a_head_of_counting() {
        // corpus/reports/cn-city-gwr/city-072.txt
        let f = subjects("生产安全事故起数、死亡人数、受伤人数同比分别下降48％、39％、68％。");
        let got: Vec<Option<&str>> = f.iter().map(|r| r.1.as_deref()).collect();
        assert_eq!(
            got,
            [Some("生产安全事故起数"), Some("死亡人数"), Some("受伤人数")],
            "{f:?}"
        );
        // corpus/reports/tw-ly-proceedings/LCEWC03_090604.txt and _090216.txt
        let f = subjects("104 年因路面鬆軟造成的受傷人數達到 2,583 人。");
        assert_eq!(f.last().unwrap().1.as_deref(), Some("受傷人數"), "{f:?}");
        let f = subjects("參加人數僅 42 人，留任率亦僅 5 成多。");
        assert_eq!(f[0].1.as_deref(), Some("參加人數"), "{f:?}");
        // A bare `数` ends the last name only (prov-2026-20.txt).
        let f = subjects("进出口、市场主体数分别增长8%、10%。");
        assert_eq!(f[0].1.as_deref(), Some("进出口"), "{f:?}");
        // The tagger glues `数` to `为` (`办结数为`).
        let f = subjects("全年办结数为3件。");
        assert_eq!(f[0].1.as_deref(), Some("办结数"), "{f:?}");
        // A budget's figure at a stage says not whose it is.
        let f = subjects("決算數為1,096萬2千元，預算數為900萬元。");
        assert!(f.iter().all(|r| r.1.is_none()), "{f:?}");
    }

    /// `A和B分别x和y`, `A、B分别x、y`: the subjects before `分别` map item by item
    /// onto the figures after it, when there are as many.
    /// A route's number is part of a project's name (臺南市政府 2022-05-26:
    /// `東山區南102線田尾橋拓寬工程5900萬元`); a counted number is none.
    #[test]
    fn route_numbers_inside_a_name() {
        assert_eq!(
            subject_of("東山區南102線田尾橋拓寬工程5900萬元、", "5900萬元").as_deref(),
            Some("東山區南102線田尾橋拓寬工程")
        );
        assert_eq!(
            subject_of("地铁1号线延伸工程投资30亿元。", "30亿元").as_deref(),
            Some("地铁1号线延伸工程投资")
        );
        // A long name after its district: the name.
        assert_eq!(
            subject_of("柳營區南95線及南108線道路優化工程1.48億元。", "1.48億元").as_deref(),
            Some("南95線及南108線道路優化工程")
        );
        assert!(super::has_quantity_digit("全区首个产值突破2000亿元的园区"));
        assert!(super::has_quantity_digit("3个项目"));
        assert!(!super::has_quantity_digit("南102线田尾桥拓宽工程"));
    }

    #[test]
    fn subjects_listed_before_respectively() {
        // Daqing's 2012 statistical bulletin (tests/fixtures/judged, q023).
        let f = subjects("广播人口综合覆盖率和电视人口综合覆盖率分别达到98.99%和99.24%。");
        assert_eq!(f[0].1.as_deref(), Some("广播人口综合覆盖率"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("电视人口综合覆盖率"), "{f:?}");
        // corpus/reports/cn-city-gwr/city-125.txt
        let f = subjects("全市游客人数和旅游收入分别增长105%、181%。");
        assert_eq!(f[0].1.as_deref(), Some("游客人数"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("旅游收入"), "{f:?}");
        // Not as many subjects as figures: none.
        let f = subjects("全市游客人数和旅游收入分别增长105%、181%、20%。");
        assert!(f.iter().all(|r| r.1.is_none()), "{f:?}");
        // Items that share the last one's head name no figure of their own:
        // city-125 (城镇…居民人均可支配收入), corpus/reports/cn-provincial-gwr-2026/
        // prov-2026-23.txt (有色冶金…产业增加值), city-117 (城乡: 城镇 and 农村).
        // The last item alone is named in full.
        for (t, last) in [
            (
                "城镇和农村居民人均可支配收入分别增长5.6%和7.8%。",
                "农村居民人均可支配收入",
            ),
            (
                "有色冶金、石化化工、装备制造产业增加值年均分别增长17.8%、4.8%、9.9%。",
                "装备制造产业增加值",
            ),
            (
                "新材料、生物医药产业产值分别增长195.6%、83.5%。",
                "生物医药产业产值",
            ),
        ] {
            let f = subjects(t);
            let (init, tail) = f.split_at(f.len() - 1);
            assert!(init.iter().all(|r| r.1.is_none()), "{t}: {f:?}");
            assert_eq!(tail[0].1.as_deref(), Some(last), "{t}: {f:?}");
        }
        // A contracted word names neither figure.
        for t in [
            "城乡居民人均可支配收入分别增长4.5%、8.2%；",
            "金融机构人民币存贷款余额分别增长9.9%、12.8%。",
        ] {
            let f = subjects(t);
            assert!(f.iter().all(|r| r.1.is_none()), "{t}: {f:?}");
        }
        // A list of changes without `分别`: corpus/reports/cn-provincial-gwr-2026/
        // prov-2026-29.txt.
        let f = subjects("入境游客增长1倍，国内游客人次、总花费增长5.6％、7.5％。");
        let got: Vec<Option<&str>> = f.iter().map(|r| r.1.as_deref()).collect();
        assert_eq!(got[got.len() - 2..], [Some("国内游客人次"), Some("总花费")]);
    }

    /// `从X增长到Y`, `由X提高到Y`: the indicator before `从`/`由` is the subject of
    /// both amounts.
    #[test]
    fn from_one_level_to_another() {
        // corpus/reports/cn-provincial-gwr-2026/prov-2026-23.txt
        let f = subjects("一般公共预算收入从874.6亿元增加到1112.4亿元。");
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("一般公共预算收入")),
            "{f:?}"
        );
        // corpus/reports/cn-city-gwr/city-143.txt and city-066.txt
        let f = subjects("公积金贷款最高限额由40万元提高到60万元。");
        assert!(
            f.iter()
                .all(|r| r.1.as_deref() == Some("公积金贷款最高限额")),
            "{f:?}"
        );
        let f = subjects("六堡茶年产量从2万吨增加到3.5万吨。");
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("六堡茶年产量")),
            "{f:?}"
        );
    }

    /// Adverbs, modals and verbs of a level held or reached stand between the
    /// subject and its number.
    #[test]
    fn words_between_subject_and_number() {
        // corpus/reports/cn-city-gwr/city-093.txt (targets of a work report).
        let f = subjects("城镇调查失业率控制在5.5%以内，居民消费价格指数涨幅控制在3%以内。");
        assert_eq!(f[0].1.as_deref(), Some("城镇调查失业率"), "{f:?}");
        // A Legislative Yuan motion on water supply (ronnywang/ly.gov.tw,
        // impromptu/0903061060328_014.pdf.json): `其` refers back, `也只有` is degree.
        let f = subjects("若加计简水用户，其普及率也只有 58.09%。");
        assert_eq!(f[0].1.as_deref(), Some("普及率"), "{f:?}");
        // A motion on the stock market (impromptu/0902121051129_006.pdf.json): a
        // quotation opens its own phrase, `宜` is a modal.
        let f = subjects("林全院长表示「股市上市交易量宜维持在 1,000 亿元，且不会调整。");
        assert_eq!(f[0].1.as_deref(), Some("股市上市交易量"), "{f:?}");
    }

    /// `，高于全省2.1个百分点`: the gap to another place speaks of the figure before.
    #[test]
    fn a_gap_to_another_place() {
        // corpus/reports/cn-city-gwr/city-114.txt
        let f = subjects("建筑业总产值增长7.3%，高于全省2.1个百分点。");
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("建筑业总产值")),
            "{f:?}"
        );
        // Daqing's 2014 rural economy analysis (tests/fixtures/judged, q028).
        let f = subjects("增速比上年提高1.5个百分点，高于全市平均水平4个百分点。");
        assert_eq!(f.last().unwrap().1.as_deref(), Some("增速"), "{f:?}");
    }

    /// Years of a series: each clause of a date and a figure speaks of the
    /// indicator named before the series.
    #[test]
    fn a_series_of_years() {
        // Legislative Yuan motions on stock turnover (ronnywang/ly.gov.tw,
        // impromptu/0902121051129_006 and 0904071061107_008).
        let f = subjects(
            "按股市日平均交易量 2009 年是 1,409 億元，2010 年是 1,377 億元，2011 年降為 1,256 億元，2015 年又降為 1,161 億元。",
        );
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("股市日平均交易量")),
            "{f:?}"
        );
        let f = subjects(
            "一、金管會統計台股日均成交量（新台幣），96 年度為 1,706 億元，97 年度為 1,204 億元。",
        );
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("台股日均成交量")),
            "{f:?}"
        );
    }

    /// `四县有学前教育机构265所`: what there is, after the verb of existence.
    #[test]
    fn what_there_is() {
        // Daqing's 2012 statistical bulletin (tests/fixtures/judged, q022).
        let f = subjects("四县有学前教育机构265所。");
        assert_eq!(f[0].1.as_deref(), Some("学前教育机构"), "{f:?}");
        // Daqing's 2014 rural economy analysis: `建设` opens what is built.
        let f = subjects("建设大中型沼气工程109处。");
        assert_eq!(f[0].1.as_deref(), Some("大中型沼气工程"), "{f:?}");
    }

    /// Indicators headed by a noun the tagger reads as a verb (`收入`), and a
    /// Employment is an indicator (`城镇新增就业`), and a label before a colon
    /// names its count as its amount (`粮食产量：`): city work reports of
    /// ../shared/corpus/reports/cn-city-gwr, bulletins' tables of contents.
    #[test]
    fn employment_and_labelled_counts() {
        let f = subjects("2023年，全市城镇新增就业4.46万人，城镇登记失业率2.8%。");
        assert_eq!(f[0].1.as_deref(), Some("城镇新增就业"), "{f:?}");
        let f = subjects("新增城镇就业4.5万余人，农村劳动力转移就业6700多人。");
        assert_eq!(f[0].1.as_deref(), Some("新增城镇就业"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("农村劳动力转移就业"), "{f:?}");
        let f = subjects("全年粮食产量：12.5万吨。农村劳动力转移就业：3.2万人。");
        assert_eq!(f[0].1.as_deref(), Some("粮食产量"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("农村劳动力转移就业"), "{f:?}");
        // Kinds of school the tagger reads as places or names (`普通高中` ns,
        // `幼儿园` nr: dicts/user.dict makes them nouns), and `港澳台` as a
        // numeral (长沙's and 鹤壁's 2025 bulletins).
        let f = subjects(
            "年末全市有普通高校58所，普通高中133所，幼儿园120所。港澳台商控股企业增长14.1%。",
        );
        let named: Vec<_> = f.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            named,
            [
                Some("普通高校"),
                Some("普通高中"),
                Some("幼儿园"),
                Some("港澳台商控股企业")
            ],
            "{f:?}"
        );
        // A policy's slogan is no indicator (city reports: `出台稳就业20条政策措施`).
        let f = subjects("出台稳就业20条政策措施，城镇新增就业3万人。");
        assert_eq!(f[0].1, None, "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("城镇新增就业"), "{f:?}");
        // A label must still end in what is measured.
        let f = subjects("会议决定：12个项目开工。");
        assert_eq!(f[0].1, None, "{f:?}");
        let f = subjects("一般来说：5%的企业存在问题。");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    /// A verb before an entity's name says which entities (国家统计局 2021-12
    /// release: `国有控股企业实现利润总额`, `外商投资企业`), not what is done to them (`引入和扶持企业57家`).
    #[test]
    fn verbs_that_name_a_kind_of_entity() {
        let f =
            subjects("规模以上工业企业中，国有控股企业实现利润总额23638.1亿元，同比增长65.8%。");
        assert_eq!(f[0].1.as_deref(), Some("国有控股企业实现利润总额"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("国有控股企业实现利润总额"), "{f:?}");
        let f = subjects("全市外商投资企业实现利润总额120亿元。");
        assert_eq!(f[0].1.as_deref(), Some("外商投资企业实现利润总额"), "{f:?}");
        let f = subjects("年末民营控股企业实现营业收入3.5亿元。");
        assert_eq!(f[0].1.as_deref(), Some("民营控股企业实现营业收入"), "{f:?}");
        let f = subjects("全年引入和扶持企业57家。");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    /// A share in brackets after a name measures that name (臺南市's 2025 fiscal
    /// release: `營利事業營業額（佔30%）`, `土地面積（佔10%）`).
    #[test]
    fn a_share_in_brackets_after_its_name() {
        let f = subjects("分配依據為營利事業營業額（佔30%）及土地面積（佔10%）。");
        assert_eq!(f[0].1.as_deref(), Some("營利事業營業額"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("土地面積"), "{f:?}");
    }

    /// `与` joins the nouns of a name, and `等` a budget function's before `事务`
    /// (江陵县's 2020 budget execution report: `(5)文化体育与传媒支出3439万元`,
    /// `(12)资源勘探电力信息等事务支出4616万元`; city work reports:
    /// `研究与试验发展经费投入强度`); examples before `等` are no part of it.
    #[test]
    fn nouns_joined_inside_a_name() {
        let f = subjects("(5)文化体育与传媒支出3439万元,完成预算的125.1%。");
        assert_eq!(f[0].1.as_deref(), Some("文化体育与传媒支出"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("文化体育与传媒支出"), "{f:?}");
        let f = subjects("(12)资源勘探电力信息等事务支出4616万元。");
        assert_eq!(
            f[0].1.as_deref(),
            Some("资源勘探电力信息等事务支出"),
            "{f:?}"
        );
        // `与` comparing is no joint (`与全国同步上涨`, `与全省持平`).
        let f = subjects("全市居民消费价格与全国同步上涨2.1%。");
        assert_ne!(f[0].1.as_deref(), Some("居民消费价格与全国"), "{f:?}");
        let f = subjects("我市居民消费价格涨幅与全省持平，为2.5%。");
        assert_ne!(
            f[0].1.as_deref(),
            Some("居民消费价格涨幅与全省持平"),
            "{f:?}"
        );
        let f = subjects("全市研究与试验发展经费投入强度达2.9%。");
        assert_eq!(
            f[0].1.as_deref(),
            Some("研究与试验发展经费投入强度"),
            "{f:?}"
        );
        let f = subjects("建成泮水公园等公园游园15处。");
        assert_ne!(f[0].1.as_deref(), Some("泮水公园等公园游园"), "{f:?}");
    }

    /// A conjunction of condition opens the clause, not the indicator (绍兴一中's
    /// 2019 rules on merit pay: `如总数超过12节`); a place named with the same
    /// character keeps it (`如皋市`).
    #[test]
    fn a_condition_opens_no_indicator() {
        let f = subjects("若年收入低于5万元，可申请补助。");
        assert_eq!(f[0].1.as_deref(), Some("年收入"), "{f:?}");
        let f = subjects("如皋市地区生产总值1200亿元。");
        assert_eq!(f[0].1.as_deref(), Some("如皋市地区生产总值"), "{f:?}");
    }

    /// A bare `规模` opening its clause is the size of what the clause before
    /// named (a city's 2024 work report: `全市地区生产总值由103.97亿元增加到1117.56亿元，
    /// 规模扩大了9.8倍`; another's: `管理基金35支、规模近300亿元`).
    #[test]
    fn a_bare_size_is_of_the_thing_just_named() {
        let f = subjects(
            "全市地区生产总值由103.97亿元增加到1117.56亿元，规模扩大了9.8倍，年均增长8.2%。",
        );
        assert!(
            f.iter().all(|x| x.1.as_deref() == Some("地区生产总值")),
            "{f:?}"
        );
        let f = subjects("全市人口500万人，规模2万人以上的乡镇10个。");
        assert_ne!(f[1].1.as_deref(), Some("全市人口"), "{f:?}");
        let f = subjects("科创基金聚集区管理基金35支、规模近300亿元。");
        assert_eq!(
            f.last().unwrap().1.as_deref(),
            Some("科创基金聚集区管理基金"),
            "{f:?}"
        );
        // (A clause that starts after its phrase: no panic, stress test.)
        let _ = subjects("规模降1元,1元至9座");
        // Not across a sentence.
        let f = subjects("全市地区生产总值1117.56亿元。规模扩大了9.8倍。");
        assert_eq!(f.last().unwrap().1.as_deref(), Some("规模"), "{f:?}");
    }

    /// set phrase that ends with the change (`价格上涨`).
    #[test]
    fn income_heads_and_prices_that_rise() {
        // Daqing's 2012 statistical bulletin: budget revenue, tourism, consumer prices.
        let f = subjects("其中，公共财政预算收入140.3亿元，同比增长6.4%。");
        assert_eq!(f[0].1.as_deref(), Some("公共财政预算收入"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("公共财政预算收入"), "{f:?}");
        let f = subjects("全市实现旅游收入45.9亿元，同比增长35%。");
        assert_eq!(f[0].1.as_deref(), Some("旅游收入"), "{f:?}");
        let f = subjects("其中，食品价格上涨7.7%、烟酒及用品价格上涨2.7%。");
        assert_eq!(f[0].1.as_deref(), Some("食品价格"), "{f:?}");
        let f = subjects("交通和通信价格下降2.6%、居住价格上涨0.5%。");
        assert_eq!(f[0].1.as_deref(), Some("交通和通信价格"), "{f:?}");
        // A new level: Daqing's 2014 bulletin (`建成区绿化覆盖率提高到45.2%`).
        let f = subjects("建成区绿化覆盖率提高到45.2%，全市森林覆盖率提高到11.5%。");
        assert_eq!(f[0].1.as_deref(), Some("建成区绿化覆盖率"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("森林覆盖率"), "{f:?}");
        // National statistical communiqué on 2023: 全国居民人均可支配收入.
        let f = subjects("全国居民人均可支配收入39218元，比上年增长6.3%。");
        assert_eq!(f[0].1.as_deref(), Some("全国居民人均可支配收入"), "{f:?}");
    }

    /// A date between the subject and its number.
    #[test]
    fn a_date_between_subject_and_number() {
        // A Legislative Yuan motion (Taiwan) on stock market turnover.
        let f = subjects("股市日平均交易量 2009 年是 1,409 億元，2010 年是 1,377 億元。");
        assert_eq!(f[0].1.as_deref(), Some("股市日平均交易量"), "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("股市日平均交易量"), "{f:?}");
    }

    /// The head after `的` names the indicator.
    #[test]
    fn the_head_after_de() {
        // Daqing's 2014 bulletin; a Legislative Yuan motion on unemployment by education.
        let f = subjects("按总产值计算的全员劳动生产率达到36.5万元／人。");
        assert_eq!(f[0].1.as_deref(), Some("全员劳动生产率"), "{f:?}");
        let f = subjects("2015 年最高教育程度為國中的失業率為 2.77%；");
        assert_eq!(f[0].1.as_deref(), Some("失業率"), "{f:?}");
    }

    /// What is built, not the building of it.
    #[test]
    fn verbs_of_building_open_the_clause() {
        // Daqing's 2014 rural economy analysis; cn-city-gwr reports (`新建抗旱机井5231口`).
        let f = subjects("新建乡镇文化站58个，完善农家书屋。");
        assert_eq!(f[0].1.as_deref(), Some("乡镇文化站"), "{f:?}");
        let f = subjects("新建饮水安全工程203处。");
        assert_eq!(f[0].1.as_deref(), Some("饮水安全工程"), "{f:?}");
    }

    /// A figure alone in brackets measures the item just before the bracket
    /// (經濟通 on Hong Kong's CPI of October 2025; ../shared/corpus/reports/
    /// tw-ly-proceedings/LCEWC03_090210.txt: `網路傳播（22.1%）`), but a figure's own
    /// clause before the bracket keeps the change in it (`投资100亿元（增长5%）`).
    #[test]
    fn a_figure_in_brackets_after_its_item() {
        let t = "錄得按年升幅的類別為交通（上升3.1%）、衣履（上升2.0%）及外出用膳（1.5%）。";
        assert_eq!(subject_of(t, "3.1%").as_deref(), Some("交通"));
        assert_eq!(subject_of(t, "2.0%").as_deref(), Some("衣履"));
        assert_ne!(subject_of(t, "1.5%").as_deref(), Some("衣履"));
        let t = "校園霸凌狀況，首推言語攻擊（78.7%），其次為肢體攻擊（24.3%）及網路傳播（22.1%）。";
        assert_eq!(subject_of(t, "22.1%").as_deref(), Some("網路傳播"));
        let t = "全年完成投资100亿元（增长5%）。";
        assert_eq!(subject_of(t, "5%").as_deref(), Some("投资"));
        // A conjunction opens an item only as a word of its own.
        let t = "各项指标完成情况：满意率（98%）、及时率（95%）。";
        assert_ne!(subject_of(t, "95%").as_deref(), Some("时率"));
        // Places name where, not what (info.gov.hk: `內地(2.3%)`).
        let t = "輸往台灣(4.8%)、內地(2.3%)、越南(2.0%)的整體出口貨量上升。";
        assert!(
            subjects(t).iter().all(|r| r.1.is_none()),
            "{:?}",
            subjects(t)
        );
    }

    /// A label that is a verb used as a noun names its figure (泽库县 2025
    /// notice of 乡村振兴 funds: `投资:500万元 实施单位:…`).
    #[test]
    fn a_label_of_a_verb_used_as_a_noun() {
        let t = "草原生态保护修复提升工程\n投资:500万元 实施单位:泽库县农牧水利和科技局\n";
        assert_eq!(subject_of(t, "500万元").as_deref(), Some("投资"));
        assert_eq!(
            subject_of("总投资：500万元。", "500万元").as_deref(),
            Some("总投资")
        );
    }

    /// After `其中` a level of government names the part of the total just given
    /// (浦锦街道 2023 half-year summary, zwgk.shmh.gov.cn); elsewhere it is scope.
    #[test]
    fn a_level_after_of_which_names_the_part() {
        let t = "全区财政收入5.2亿元，其中,区级财政收入2.75亿元,同比增长74%。";
        assert_eq!(subject_of(t, "5.2亿元").as_deref(), Some("财政收入"));
        assert_eq!(subject_of(t, "2.75亿元").as_deref(), Some("区级财政收入"));
        assert_eq!(subject_of(t, "74%").as_deref(), Some("区级财政收入"));
        assert_eq!(
            subject_of("区级财政收入2.75亿元", "2.75亿元").as_deref(),
            Some("财政收入")
        );
    }

    /// Taiwan's press compares with the year or month before in one character
    /// (`年增`, `月減`), and company news names revenue `營收` (udn on Taiwan's
    /// 2025 exports, 2026-01-10).
    #[test]
    fn year_on_year_in_one_character_and_revenue() {
        let t = "12月出口624.7億美元，年增43.4%，創單月新高。";
        assert_eq!(subject_of(t, "43.4%").as_deref(), Some("出口"));
        let t = "營收達50億元，月減2.1%、年增10%。";
        assert_eq!(subject_of(t, "50億元").as_deref(), Some("營收"));
        assert_eq!(subject_of(t, "2.1%").as_deref(), Some("營收"));
    }

    /// What a figure measures is said next to it, or by the figure just before.
    #[test]
    fn carried_subjects_come_from_the_figure_before() {
        // Daqing's 2014 transport figures: the change after a count without a
        // subject has none either.
        let f = subjects(
            "航空货邮吞吐量1.2万吨，同比增长14.4%，全年起降航班架次4351次，同比增长19.4%。",
        );
        assert_eq!(f.last().unwrap().1, None, "{f:?}");
        // Daqing's 2014 rural economy analysis: a count with its own noun.
        let f = subjects("新建中心村文化广场71个，482个农家书屋补充图书期刊11万册。");
        assert_eq!(f[1].1, None, "{f:?}");
        // A coal stock report (stats-dev style): a conjunction opens the clause,
        // and the change after it speaks of the stock.
        let f = subjects("全社会煤炭库存20223万吨，虽然比年初减少1496万吨，下降6.9%。");
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("全社会煤炭库存")),
            "{f:?}"
        );
        // The value compared is not the figure that changes.
        let f = subjects("全球芯片销售额为247亿美元，较5月份的250亿美元下降1.2%。");
        assert_eq!(
            f.last().unwrap().1.as_deref(),
            Some("全球芯片销售额"),
            "{f:?}"
        );
        // A measure alone names no indicator.
        let f = subjects("规模以上工业企业达429户，实现增加值2570亿元，同比增长9.5%。");
        assert_eq!(f[1].1, None, "{f:?}");
    }

    /// `比同期增速高0.8个百分点`: a gap to another period's rate is a gap of the rate.
    #[test]
    fn rates_compared_with_another_period() {
        // Daqing statistics bureau, 大庆市经济运行开局良好 (2017 Q1):
        // wzqjava/DaQingStatsDemo-master@23913979558b96b4781a4e05136c21402f843167:
        // app/src/main/java/com/stats/daqing/bean/ArticlesBean.java
        let f = subjects(
            "同比增长2%，比同期增速高0.8个百分点，比2016年全年增速高0.3个百分点，与2016年持平。",
        );
        assert_eq!(subject_of_in(&f, "0.8个百分点"), Some("增速"), "{f:?}");
        assert_eq!(subject_of_in(&f, "0.3个百分点"), Some("增速"), "{f:?}");
        // A gap without a rate named after `比` keeps the figure before's
        // (corpus/reports/cn-city-gwr/city-114.txt).
        let f = subjects("建筑业总产值增长7.3%，高于全省2.1个百分点。");
        assert_eq!(f[1].1.as_deref(), Some("建筑业总产值"), "{f:?}");
    }

    fn subject_of_in<'a>(f: &'a [(String, Option<String>)], fact: &str) -> Option<&'a str> {
        f.iter()
            .find(|(t, _)| t == fact)
            .and_then(|(_, s)| s.as_deref())
    }

    /// Nouns the tagger reads as verbs (`起薪`); a conversion into another
    /// currency makes the phrase a clause; `约合` only as a word of its own.
    #[test]
    fn starting_pay_and_conversions() {
        // Legislative Yuan motion on graduates' pay (ronnywang/ly.gov.tw@
        // e091d4e4df3b1f91cbcc8cfe61564a1c895e1f6a:impromptu/0903091060418_015.pdf.json).
        let f = subjects(
            "今年企業願意提供給台灣大學大學部畢業生的起薪，平均更只有 27,908 元，如此趨勢",
        );
        assert_eq!(f[0].1.as_deref(), Some("起薪"), "{f:?}");
        let f = subjects("韓國畢業起薪換算台幣約為 57,932 元，反觀我國");
        assert_eq!(f[0].1, None, "{f:?}");
        // corpus/reports/cn-city-gwr/city-057.txt: `签约` + `合作` is no `约合`.
        let f = subjects(
            "市重大产业项目完成投资超1500亿元、增长9.8%，新签约合作央企11家，新备案项目。",
        );
        assert_eq!(subject_of_in(&f, "11家"), Some("新签约合作央企"), "{f:?}");
    }

    /// A figure before `的` and a noun is a share of that noun: it takes no
    /// topic from the clause before (../shared/corpus/reports/cn-national-gwr/
    /// gwr-national-1982.txt: `…达到过的较好纪录，有近百分之三十独立核算的企业`,
    /// shortened; the Legislative Yuan's motions: `平均更只有 27,908 元` still
    /// takes its topic).
    #[test]
    fn a_share_of_the_noun_after_takes_no_topic() {
        let f = subjects("过去曾经达到过的较好纪录，有近百分之三十的企业没有达到。");
        assert_eq!(subject_of_in(&f, "近百分之三十"), None, "{f:?}");
        let f = subjects("企業願意提供的起薪，平均更只有 27,908 元，如此趨勢");
        assert_eq!(subject_of_in(&f, "27,908 元"), Some("起薪"), "{f:?}");
    }

    /// `中之` (the one among) when the tagger joins it to the next word.
    #[test]
    fn the_part_after_zhongzhi() {
        // Legislative Yuan motion on the green-energy budget (ronnywang/ly.gov.tw@
        // e091d4e4df3b1f91cbcc8cfe61564a1c895e1f6a:impromptu/0904071061107_008.pdf.json).
        let f = subjects("而前瞻基礎建設中之綠能建設僅兩百多億元（243.15 億元），但迄今");
        assert!(
            f.iter().all(|r| r.1.as_deref() == Some("綠能建設")),
            "{f:?}"
        );
    }

    /// Modals (`要`) and words of time (`当前`) stand outside the subject; an
    /// abbreviation of the user dictionary (`中省直`, central and provincial units).
    #[test]
    fn modals_time_words_and_abbreviations() {
        // ../shared/conformance/stats-dev.jsonl s060 (wind power targets).
        let f =
            subjects("至2015年末，并网风电累计装机容量要达到1亿千瓦，年发电量要达到1900亿千瓦时。");
        assert_eq!(
            subject_of_in(&f, "1亿千瓦"),
            Some("并网风电累计装机容量"),
            "{f:?}"
        );
        assert_eq!(subject_of_in(&f, "1900亿千瓦时"), Some("年发电量"), "{f:?}");
        // corpus/reports/cn-national-gwr/gwr-national-2015.txt and -2014.txt.
        let f = subjects("铁路投资要保持在8000亿元以上，新投产里程8000公里以上。");
        assert_eq!(f[0].1.as_deref(), Some("铁路投资"), "{f:?}");
        let f = subjects("今年能源消耗强度要降低3.9%以上，二氧化硫排放量要减少2%。");
        assert_eq!(f[0].1.as_deref(), Some("能源消耗强度"), "{f:?}");
        // stats-dev s052 (Kunming prices): `当前` is when.
        let f = subjects("但是当前平均价格与上周相比上涨2.75%。");
        assert_eq!(subject_of_in(&f, "2.75%"), Some("平均价格"), "{f:?}");
        // Daqing's 2012 statistical bulletin (tests/fixtures/judged, q013).
        let f = subjects("其中，中省直企业完成投资475.7亿元，同比下降2.2%。");
        assert!(
            f.iter()
                .all(|r| r.1.as_deref() == Some("中省直企业完成投资")),
            "{f:?}"
        );
    }

    /// Indicators listed before a shared figure: a date before the list is no
    /// figure of the first item's.
    #[test]
    fn a_list_after_a_date_shares_the_figure() {
        // corpus/reports/cn-national-gwr/gwr-national-2017.txt, -2009.txt.
        let f =
            subjects("今年二氧化硫、氮氧化物排放量要分别下降3%，重点地区细颗粒物浓度明显下降。");
        assert_eq!(subject_of_in(&f, "3%"), None, "{f:?}");
        let f = subjects("今年小麦、稻谷最低收购价平均每斤分别提高０．１１元和０．１３元。");
        assert!(f.iter().all(|r| r.1.is_none()), "{f:?}");
    }

    /// Places alone are no indicator.
    #[test]
    fn places_are_not_indicators() {
        // A Legislative Yuan motion (Taiwan): spending ratios by economy.
        let f = subjects("遠低於韓國達 77%、香港達 64%、新加坡達 53%，顯示");
        assert!(f.iter().all(|r| r.1.is_none()), "{f:?}");
    }

    #[test]
    fn no_subject_when_unsure() {
        // A verb phrase is no indicator.
        let f = subjects("我们走访了120户。");
        assert_eq!(f[0].1, None, "{f:?}");
        // A new sentence does not inherit.
        let f = subjects("粮食产量69541万吨。增长1.3%。");
        assert_eq!(f[1].1, None, "{f:?}");
    }

    /// A quoted term and a short gloss are words of the name that holds them
    /// (广东省财政厅 2023 三公经费 final accounts; 松原 2024 bulletin); a note's
    /// number after the name, or a plan's quoted name with its time, is not.
    #[test]
    fn quoted_terms_and_glosses_inside_names() {
        let t =
            "2023年度“三公”经费财政拨款支出决算为62.07万元。因公出国(境)费支出决算为12.02万元。";
        assert_eq!(
            subject_of(t, "62.07万元").as_deref(),
            Some("“三公”经费财政拨款支出决算")
        );
        assert_eq!(
            subject_of(t, "12.02万元").as_deref(),
            Some("因公出国(境)费支出决算")
        );
        let t = "“十四五”时期地区生产总值年均增长5.2%。";
        assert_eq!(subject_of(t, "5.2%").as_deref(), Some("地区生产总值"));
        let t = "入围国省“专精特新”中小企业（4）9户。";
        assert_eq!(
            subject_of(t, "9户").as_deref(),
            Some("国省“专精特新”中小企业")
        );
        let t = "矿产品(油品)增67.9%。";
        assert_eq!(subject_of(t, "67.9%").as_deref(), Some("矿产品(油品)"));
    }

    /// After a verb of giving, the noun is who receives the figure (柳河县
    /// 2023 industry policy): `给予企业30万元奖励` has no subject. A fund named
    /// by the verb (`奖励资金`) is one.
    #[test]
    fn the_receiver_of_a_grant_is_no_subject() {
        assert_eq!(subject_of("给予企业30万元奖励。", "30万元"), None);
        // (A conjunction opens no subject: `且亩均投资强度`.)
        assert_eq!(
            subject_of(
                "投资1000万元及以上且亩均投资强度不低于200万元的。",
                "不低于200万元"
            )
            .as_deref(),
            Some("亩均投资强度")
        );
        assert_eq!(subject_of("单品种奖励企业200万元。", "200万元"), None);
        assert_eq!(
            subject_of("奖励资金100万元。", "100万元").as_deref(),
            Some("奖励资金")
        );
        assert_eq!(
            subject_of("入选国家艺术基金资助项目4个。", "4个").as_deref(),
            Some("国家艺术基金资助项目")
        );
    }

    /// An item with an action in it is a clause of its own, not an item of a
    /// list that shares the figure (`全链条推动“中华鹅乡”建设、力争养殖量…`).
    #[test]
    fn an_action_before_a_comma_of_enumeration_is_no_list_item() {
        let t = "全链条推动“中华鹅乡”建设、力争养殖量突破350万只，发展生态渔业。";
        assert_eq!(subject_of(t, "突破350万只").as_deref(), Some("养殖量"));
        let t = "数字化率、优质中小企业数字化改造率均达到75%。";
        assert_eq!(subject_of(t, "75%"), None);
    }

    /// Hong Kong's and Taiwan's releases and budget reviews, and a mainland
    /// final-accounts report: verbs of recording and totalling, a level held, a
    /// figure's range after `则由`, fees the tagger cuts, lines drawn up.
    #[test]
    fn recorded_held_and_drawn_up_figures_keep_their_indicator() {
        // 政府統計處, unemployment release (2024-03).
        let t = "本港最新失業率維持2.9%，同期的就業不足人數則由38 800人下跌至37 600人。";
        assert_eq!(subject_of(t, "2.9%").as_deref(), Some("失業率"));
        assert_eq!(subject_of(t, "38 800人").as_deref(), Some("就業不足人數"));
        assert_eq!(subject_of(t, "37 600人").as_deref(), Some("就業不足人數"));
        // 香港旅遊發展局 (2025-06).
        let t = "訪港旅客量錄得逾2,000萬人次，其中內地旅客合共有約 1,520 萬人次。";
        assert_eq!(
            subject_of(t, "逾2,000萬人次").as_deref(),
            Some("訪港旅客量")
        );
        assert_eq!(
            subject_of(t, "約 1,520 萬人次").as_deref(),
            Some("內地旅客")
        );
        // 自由時報 on the Executive Yuan's special budget; 馬祖日報 on a council's review.
        assert_eq!(
            subject_of("公務預算編列的1200億元。", "1200億元").as_deref(),
            Some("公務預算")
        );
        assert_eq!(
            subject_of("「一般事務費」刪減二十萬元。", "二十萬元").as_deref(),
            Some("一般事務費")
        );
        assert_eq!(
            subject_of("科目編列試務甄選費3億元。", "3億元").as_deref(),
            Some("試務甄選費")
        );
        // 馬祖日報 on a council's review: the budget as first drawn up is a noun.
        let t = "財政局預算項下「債務付息」原編列預算一千萬元，刪減五百萬元。";
        assert_eq!(subject_of(t, "一千萬元").as_deref(), Some("原編列預算"));
        assert_eq!(
            subject_of("要求全數刪除成功大學公共關係費 155 萬元。", "155 萬元").as_deref(),
            Some("成功大學公共關係費")
        );
        // (A comparison inside another word still cuts: `遠高於`.)
        assert_eq!(subject_of("遠高於其他國外旅費77萬元。", "77萬元"), None);
        // 主計總處 (2017-09): a long note on what the pay includes; 金門日報 (2018):
        // items of a sum in brackets.
        let t = "8月總薪資(含經常性與非經常性薪資)平均為46,368元，較上月減4.07%。";
        assert_eq!(subject_of(t, "46,368元").as_deref(), Some("總薪資"));
        assert_eq!(subject_of(t, "4.07%").as_deref(), Some("總薪資"));
        let t = "總經費4,968萬元(中央補助款4,472萬905元、地方配合款496萬8,989元)。";
        assert_eq!(subject_of(t, "4,472萬905元").as_deref(), Some("中央補助款"));
        assert_eq!(subject_of(t, "496萬8,989元").as_deref(), Some("地方配合款"));
        // A short note may be part of the indicator's official name.
        assert_eq!(
            subject_of("固定资产投资（不含农户）增长6%。", "6%").as_deref(),
            Some("固定资产投资（不含农户）")
        );
        // 宣城市直工委 2018 final accounts.
        let t = "公务用车购置及运行费支出决算3.55万元，占39.49%；支出决算为8.99万元。";
        assert_eq!(
            subject_of(t, "3.55万元").as_deref(),
            Some("公务用车购置及运行费支出决算")
        );
        assert_eq!(subject_of(t, "8.99万元").as_deref(), Some("支出决算"));
    }
    /// Taiwan's budget and sanction words are nouns (`歲出`, `罰鍰`, `歲入歲出差短`;
    /// `核處` the verb that imposes a fine): 臺南市政府's 2020 budget report, 金管會's
    /// sanction of 2016-07-15. A tab that sets paragraphs apart in one line opens
    /// a clause.
    #[test]
    fn taiwan_budget_and_sanction_nouns() {
        let t = "故總預算之籌編非常困難。\t\t臺南市歲入編列946億8,043萬5千元，歲出編列1,005億8,043萬5千元，歲入歲出差短59億元。";
        assert_eq!(
            subject_of(t, "946億8,043萬5千元").as_deref(),
            Some("臺南市歲入")
        );
        assert_eq!(
            subject_of(t, "1,005億8,043萬5千元").as_deref(),
            Some("歲出")
        );
        assert_eq!(subject_of(t, "59億元").as_deref(), Some("歲入歲出差短"));
        let t = "應依保險法第171條第1項規定，核處罰鍰新臺幣60萬元整。";
        assert_eq!(subject_of(t, "新臺幣60萬元整").as_deref(), Some("罰鍰"));
        // A count after a fine is no fine (the same sanction: `及2項糾正`); an amount
        // right before a count is the size of what is counted (a 2026 city report,
        // ../shared/corpus/reports/cn-city-gwr/city-057.txt).
        let t = "違反保險法相關規定，共計核處罰鍰新臺幣690萬元整及2項糾正。";
        assert_eq!(subject_of(t, "2項"), None);
        let t = "新备案超10亿元项目80个以上，其中超50亿元15个。";
        assert_eq!(subject_of(t, "15个").as_deref(), Some("项目"));
    }
}
