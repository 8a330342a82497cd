#include "sandbox/SeedData.h"

#include <array>

namespace dm::sandbox {
namespace {

using V = QStringView;

// IP prefixes are first octets of blocks the province's carriers announce; the rest is generated.
constexpr std::array<V, 3> kGuangzhouIp{u"58.248.", u"113.108.", u"183.6."};
constexpr std::array<V, 2> kShenzhenIp{u"119.123.", u"183.14."};
constexpr std::array<V, 2> kFoshanIp{u"113.100.", u"14.18."};
constexpr std::array<V, 2> kDongguanIp{u"113.105.", u"14.21."};
constexpr std::array<V, 1> kZhuhaiIp{u"121.10."};
constexpr std::array<V, 1> kShantouIp{u"113.107."};
constexpr std::array<V, 2> kHangzhouIp{u"115.236.", u"122.224."};
constexpr std::array<V, 1> kNingboIp{u"60.12."};
constexpr std::array<V, 2> kNanjingIp{u"58.213.", u"114.222."};
constexpr std::array<V, 1> kSuzhouIp{u"58.210."};
constexpr std::array<V, 2> kBeijingIp{u"123.112.", u"114.242."};
constexpr std::array<V, 2> kShanghaiIp{u"101.80.", u"116.228."};
constexpr std::array<V, 2> kChengduIp{u"125.70.", u"171.221."};
constexpr std::array<V, 2> kWuhanIp{u"59.172.", u"113.57."};
constexpr std::array<V, 1> kChangshaIp{u"175.8."};
constexpr std::array<V, 1> kFuzhouIp{u"120.36."};
constexpr std::array<V, 1> kXiamenIp{u"27.154."};
constexpr std::array<V, 1> kJinanIp{u"60.208."};
constexpr std::array<V, 1> kQingdaoIp{u"27.223."};
constexpr std::array<V, 1> kZhengzhouIp{u"171.8."};
constexpr std::array<V, 1> kShijiazhuangIp{u"121.28."};
constexpr std::array<V, 1> kXianIp{u"113.200."};
constexpr std::array<V, 1> kChongqingIp{u"113.204."};
constexpr std::array<V, 1> kTianjinIp{u"117.8."};
constexpr std::array<V, 1> kShenyangIp{u"124.93."};
constexpr std::array<V, 1> kNanningIp{u"116.1."};
constexpr std::array<V, 1> kNanchangIp{u"182.98."};
constexpr std::array<V, 1> kHefeiIp{u"60.166."};
constexpr std::array<V, 1> kKunmingIp{u"116.52."};
constexpr std::array<V, 1> kGuiyangIp{u"58.16."};
constexpr std::array<V, 1> kHarbinIp{u"1.58."};
constexpr std::array<V, 1> kUrumqiIp{u"110.155."};
constexpr std::array<V, 1> kLhasaIp{u"124.31."};
constexpr std::array<V, 1> kHaikouIp{u"124.225."};

constexpr std::array<Location, 34> kLocations{{
    {u"广东省", u"广州市", u"440104", kGuangzhouIp, false}, // 0
    {u"广东省", u"深圳市", u"440304", kShenzhenIp, false},  // 1
    {u"广东省", u"佛山市", u"440604", kFoshanIp, false},    // 2
    {u"广东省", u"东莞市", u"441900", kDongguanIp, false},  // 3
    {u"广东省", u"珠海市", u"440402", kZhuhaiIp, false},    // 4
    {u"广东省", u"汕头市", u"440507", kShantouIp, false},   // 5
    {u"浙江省", u"杭州市", u"330106", kHangzhouIp, false},  // 6
    {u"浙江省", u"宁波市", u"330203", kNingboIp, false},    // 7
    {u"江苏省", u"南京市", u"320106", kNanjingIp, false},   // 8
    {u"江苏省", u"苏州市", u"320505", kSuzhouIp, false},    // 9
    {u"北京市", u"北京市", u"110108", kBeijingIp, false},   // 10
    {u"上海市", u"上海市", u"310115", kShanghaiIp, false},  // 11
    {u"四川省", u"成都市", u"510107", kChengduIp, false},   // 12
    {u"湖北省", u"武汉市", u"420103", kWuhanIp, false},     // 13
    {u"湖南省", u"长沙市", u"430104", kChangshaIp, false},  // 14
    {u"福建省", u"福州市", u"350102", kFuzhouIp, false},    // 15
    {u"福建省", u"厦门市", u"350203", kXiamenIp, false},    // 16
    {u"山东省", u"济南市", u"370102", kJinanIp, false},     // 17
    {u"山东省", u"青岛市", u"370202", kQingdaoIp, false},   // 18
    {u"河南省", u"郑州市", u"410105", kZhengzhouIp, false}, // 19
    {u"河北省", u"石家庄市", u"130102", kShijiazhuangIp, false},
    {u"陕西省", u"西安市", u"610113", kXianIp, false}, // 21
    {u"重庆市", u"重庆市", u"500103", kChongqingIp, false},
    {u"天津市", u"天津市", u"120101", kTianjinIp, false},
    {u"辽宁省", u"沈阳市", u"210102", kShenyangIp, false},
    {u"广西壮族自治区", u"南宁市", u"450103", kNanningIp, false},
    {u"江西省", u"南昌市", u"360102", kNanchangIp, false},
    {u"安徽省", u"合肥市", u"340104", kHefeiIp, false},
    {u"云南省", u"昆明市", u"530102", kKunmingIp, false},
    {u"贵州省", u"贵阳市", u"520102", kGuiyangIp, false},
    {u"黑龙江省", u"哈尔滨市", u"230102", kHarbinIp, true},
    {u"新疆维吾尔自治区", u"乌鲁木齐市", u"650102", kUrumqiIp, true},
    {u"西藏自治区", u"拉萨市", u"540102", kLhasaIp, true},
    {u"海南省", u"海口市", u"460105", kHaikouIp, true},
}};

constexpr std::array<Court, 12> kCourts{{
    {u"广州市越秀区人民法院", u"粤", u"0104", 0, u"58.248.12."},
    {u"广州市天河区人民法院", u"粤", u"0106", 0, u"113.108.41."},
    {u"深圳市福田区人民法院", u"粤", u"0304", 1, u"119.123.66."},
    {u"杭州市西湖区人民法院", u"浙", u"0106", 6, u"115.236.20."},
    {u"南京市鼓楼区人民法院", u"苏", u"0106", 8, u"58.213.140."},
    {u"北京市海淀区人民法院", u"京", u"0108", 10, u"123.112.8."},
    {u"上海市浦东新区人民法院", u"沪", u"0115", 11, u"101.80.33."},
    {u"成都市武侯区人民法院", u"川", u"0107", 12, u"125.70.15."},
    {u"武汉市江汉区人民法院", u"鄂", u"0103", 13, u"59.172.90."},
    {u"长沙市岳麓区人民法院", u"湘", u"0104", 14, u"175.8.22."},
    {u"西安市雁塔区人民法院", u"陕", u"0113", 21, u"113.200.70."},
    {u"福州市鼓楼区人民法院", u"闽", u"0102", 15, u"120.36.51."},
}};

constexpr std::array<NameChar, 60> kSurnames{{
    {u"王", u"wang"},  {u"李", u"li"},    {u"张", u"zhang"}, {u"刘", u"liu"},   {u"陈", u"chen"},  {u"杨", u"yang"},
    {u"黄", u"huang"}, {u"赵", u"zhao"},  {u"吴", u"wu"},    {u"周", u"zhou"},  {u"徐", u"xu"},    {u"孙", u"sun"},
    {u"马", u"ma"},    {u"朱", u"zhu"},   {u"胡", u"hu"},    {u"郭", u"guo"},   {u"何", u"he"},    {u"高", u"gao"},
    {u"林", u"lin"},   {u"罗", u"luo"},   {u"郑", u"zheng"}, {u"梁", u"liang"}, {u"谢", u"xie"},   {u"宋", u"song"},
    {u"唐", u"tang"},  {u"许", u"xu"},    {u"韩", u"han"},   {u"冯", u"feng"},  {u"邓", u"deng"},  {u"曹", u"cao"},
    {u"彭", u"peng"},  {u"曾", u"zeng"},  {u"肖", u"xiao"},  {u"田", u"tian"},  {u"董", u"dong"},  {u"袁", u"yuan"},
    {u"潘", u"pan"},   {u"于", u"yu"},    {u"蒋", u"jiang"}, {u"蔡", u"cai"},   {u"余", u"yu"},    {u"杜", u"du"},
    {u"叶", u"ye"},    {u"程", u"cheng"}, {u"苏", u"su"},    {u"魏", u"wei"},   {u"吕", u"lv"},    {u"丁", u"ding"},
    {u"任", u"ren"},   {u"沈", u"shen"},  {u"姚", u"yao"},   {u"卢", u"lu"},    {u"姜", u"jiang"}, {u"崔", u"cui"},
    {u"钟", u"zhong"}, {u"谭", u"tan"},   {u"陆", u"lu"},    {u"汪", u"wang"},  {u"范", u"fan"},   {u"欧阳", u"ouyang"},
}};

// Roughly the surnames' shares of the population, in per mille.
constexpr std::array<int, 60> kSurnameWeights{
    74, 72, 70, 54, 46, 31, 24, 23, 20, 18, 13, 12, 12, 11, 11, 11, 11, 10, 10, 9, 8, 8, 7, 7, 6, 6, 6, 6, 6, 5,
    5,  5,  5,  5,  5,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  3,  3,  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1};

constexpr std::array<NameChar, 96> kGivenChars{{
    {u"伟", u"wei"},   {u"芳", u"fang"},  {u"娜", u"na"},   {u"敏", u"min"},  {u"静", u"jing"},  {u"丽", u"li"},
    {u"强", u"qiang"}, {u"磊", u"lei"},   {u"军", u"jun"},  {u"洋", u"yang"}, {u"勇", u"yong"},  {u"艳", u"yan"},
    {u"杰", u"jie"},   {u"娟", u"juan"},  {u"涛", u"tao"},  {u"明", u"ming"}, {u"超", u"chao"},  {u"秀", u"xiu"},
    {u"霞", u"xia"},   {u"平", u"ping"},  {u"刚", u"gang"}, {u"桂", u"gui"},  {u"英", u"ying"},  {u"华", u"hua"},
    {u"玉", u"yu"},    {u"兰", u"lan"},   {u"建", u"jian"}, {u"国", u"guo"},  {u"文", u"wen"},   {u"志", u"zhi"},
    {u"海", u"hai"},   {u"红", u"hong"},  {u"梅", u"mei"},  {u"婷", u"ting"}, {u"雪", u"xue"},   {u"浩", u"hao"},
    {u"宇", u"yu"},    {u"晨", u"chen"},  {u"欣", u"xin"},  {u"怡", u"yi"},   {u"子", u"zi"},    {u"涵", u"han"},
    {u"博", u"bo"},    {u"俊", u"jun"},   {u"鹏", u"peng"}, {u"辉", u"hui"},  {u"飞", u"fei"},   {u"鑫", u"xin"},
    {u"佳", u"jia"},   {u"琳", u"lin"},   {u"颖", u"ying"}, {u"倩", u"qian"}, {u"晓", u"xiao"},  {u"丹", u"dan"},
    {u"萍", u"ping"},  {u"庆", u"qing"},  {u"春", u"chun"}, {u"立", u"li"},   {u"成", u"cheng"}, {u"宏", u"hong"},
    {u"荣", u"rong"},  {u"新", u"xin"},   {u"斌", u"bin"},  {u"燕", u"yan"},  {u"慧", u"hui"},   {u"嘉", u"jia"},
    {u"思", u"si"},    {u"雨", u"yu"},    {u"诗", u"shi"},  {u"梓", u"zi"},   {u"睿", u"rui"},   {u"轩", u"xuan"},
    {u"然", u"ran"},   {u"一", u"yi"},    {u"家", u"jia"},  {u"天", u"tian"}, {u"晶", u"jing"},  {u"健", u"jian"},
    {u"凯", u"kai"},   {u"亮", u"liang"}, {u"波", u"bo"},   {u"彬", u"bin"},  {u"玲", u"ling"},  {u"莉", u"li"},
    {u"琴", u"qin"},   {u"云", u"yun"},   {u"凤", u"feng"}, {u"金", u"jin"},  {u"林", u"lin"},   {u"福", u"fu"},
    {u"德", u"de"},    {u"生", u"sheng"}, {u"永", u"yong"}, {u"东", u"dong"}, {u"泽", u"ze"},    {u"瑶", u"yao"},
}};

constexpr std::array<V, 30> kMobilePrefixes{u"130", u"131", u"132", u"133", u"134", u"135", u"136", u"137",
                                            u"138", u"139", u"150", u"151", u"152", u"153", u"155", u"156",
                                            u"157", u"158", u"159", u"166", u"177", u"180", u"181", u"182",
                                            u"183", u"186", u"187", u"188", u"189", u"199"};

constexpr std::array<UnitSeed, 7> kUnits{{
    {u"1001", u"立案庭", u"lianting"},
    {u"1002", u"民一庭", u"minyi"},
    {u"1003", u"民二庭", u"miner"},
    {u"1004", u"刑事审判庭", u"xingting"},
    {u"1005", u"行政审判庭", u"xingzheng"},
    {u"1006", u"执行局", u"zhixing"},
    {u"1007", u"审判管理办公室", u"shenguan"},
}};

constexpr std::array<V, 6> kCivilFirstDocs{u"受理案件通知书", u"应诉通知书", u"举证通知书",
                                           u"开庭传票",       u"民事判决书", u"民事调解书"};
constexpr std::array<V, 4> kCivilAppealDocs{u"受理上诉案件通知书", u"开庭传票", u"民事判决书", u"民事裁定书"};
constexpr std::array<V, 5> kEnforcementDocs{u"执行通知书", u"报告财产令", u"限制消费令", u"执行裁定书", u"结案通知书"};
constexpr std::array<V, 4> kCriminalDocs{u"起诉书副本送达回证", u"开庭传票", u"刑事判决书", u"出庭通知书"};
constexpr std::array<V, 4> kAdministrativeDocs{u"应诉通知书", u"举证通知书", u"开庭传票", u"行政判决书"};

constexpr std::array<CaseKind, 6> kCaseKinds{{
    {u"民初", u"1002", kCivilFirstDocs},
    {u"民初", u"1003", kCivilFirstDocs},
    {u"民终", u"1003", kCivilAppealDocs},
    {u"执", u"1006", kEnforcementDocs},
    {u"刑初", u"1004", kCriminalDocs},
    {u"行初", u"1005", kAdministrativeDocs},
}};
constexpr std::array<int, 6> kCaseKindWeights{50, 18, 6, 16, 6, 4};

constexpr std::array<int, 24> kHourly{3,  2,  1,  1,  1,  1,  3,  8,  18, 30, 34, 30,
                                      16, 14, 26, 32, 30, 24, 14, 14, 16, 14, 9,  5};

constexpr std::array<V, 7> kLoginMethods{u"webmail", u"mailmaster", u"proprietary", u"wechat",
                                         u"imap",    u"pop",        u"smtp"};
constexpr std::array<int, 7> kLoginMethodWeights{400, 250, 80, 220, 20, 15, 15};

} // namespace

std::span<const Court> courts()
{
    return kCourts;
}
std::span<const Location> locations()
{
    return kLocations;
}
std::span<const NameChar> surnames()
{
    return kSurnames;
}
std::span<const int> surnameWeights()
{
    return kSurnameWeights;
}
std::span<const NameChar> givenNameChars()
{
    return kGivenChars;
}
std::span<const QStringView> mobilePrefixes()
{
    return kMobilePrefixes;
}
std::span<const UnitSeed> units()
{
    return kUnits;
}
std::span<const CaseKind> caseKinds()
{
    return kCaseKinds;
}
std::span<const int> caseKindWeights()
{
    return kCaseKindWeights;
}
std::span<const int> hourlyActivity()
{
    return kHourly;
}
std::span<const QStringView> loginMethods()
{
    return kLoginMethods;
}
std::span<const int> loginMethodWeights()
{
    return kLoginMethodWeights;
}

std::optional<ScalePlan> ScalePlan::parse(const QString& scale)
{
    if (scale == u"small") {
        return ScalePlan{200, 10000, 5000, 1000};
    }
    if (scale == u"default") {
        return ScalePlan{2000, 100000, 50000, 10000};
    }
    if (scale == u"large") {
        return ScalePlan{20000, 1000000, 500000, 100000};
    }
    bool ok = false;
    const qint64 rows = scale.toLongLong(&ok);
    if (!ok || rows <= 0 || rows > 100000000) {
        return std::nullopt;
    }
    // The default's proportions: 100 : 50 : 10 of 160 log rows, one recipient per 80 rows (at least ten).
    return ScalePlan{static_cast<int>(std::max<qint64>(10, rows / 80)), rows * 10 / 16, rows * 5 / 16, rows / 16};
}

} // namespace dm::sandbox
