package org.gongkai.catalogue.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.LegalBasis;

/** Keyword tables of the demo generator: themes and legal bases that fit an item's name and department. */
final class DemoKnowledge {

    private DemoKnowledge() {
    }

    private static final Map<String, String[]> SPLIT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the text contains one of the |-separated keywords. */
    static boolean has(String text, String keywords) {
        for (String k : SPLIT.computeIfAbsent(keywords, key -> key.split("\\|"))) {
            if (!k.isEmpty() && text.contains(k)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- themes

    /** keywords, PERSON theme, LEGAL_ENTITY theme ("" = none); the first matches win. */
    private static final String[][] THEME_RULES = {
        {"驾驶|机动车|校车|出租汽车|网络预约|道路运输|道路旅客|道路货物|道路危险货物|公交|客运|货运|公路|超限|拖拉机|联合收割机|汽车租赁|客车租赁|车辆", "transport-travel", "transport-logistics"},
        {"港口|船舶|船员", "transport-travel", "transport-logistics"},
        {"公积金", "housing", "employer-social-security"},
        {"社会保险|社保|养老保险|失业保险|工伤|社会保障卡|稳岗|劳动能力鉴定", "social-security", "employer-social-security"},
        {"医疗保险|医保|医疗保障|就医|慢特病|生育保险|医疗费用|双通道|医疗救助|参保", "social-security", "employer-social-security"},
        {"就医|慢特病|医疗费用|双通道|用血", "health-care", ""},
        {"退休|退职", "retirement", "human-resources"},
        {"户口|户籍|出生登记|居住证", "household-registration", ""},
        {"身份证|居住证|护照|往来港澳通行证|往来台湾通行证|签注|驾驶证|签证证件", "identity-documents", ""},
        {"出入境|护照|往来港澳通行证|往来台湾通行证|签注|签证|外国人|外国医师|港澳台", "exit-entry", "foreign-affairs"},
        {"外商|境外|对外贸易", "", "foreign-affairs"},
        {"规划|建设用地|用地|土地|不动产|林地|采矿|测绘|地质灾害", "planning-construction", "land-planning"},
        {"不动产|商品房|公共租赁住房|住房困难|住房租赁|房屋租赁|物业|维修资金|危房|电梯|既有住宅", "housing", "land-planning"},
        {"施工|建筑|房地产|竣工|建设工程|工程建设|工程质量|人防工程|水利工程|公路建设|消防设计|消防验收|防空地下室|人民防空|人防", "planning-construction", "land-planning"},
        {"商标|专利|知识产权", "intellectual-property", "business-ip"},
        {"营业执照|企业登记|个体工商户|企业名称|年度报告|简易注销|经营异常|股权出质|企业开办|合作社登记|企业登记档案", "employment-startup", "business-setup"},
        {"社会团体|民办非企业|慈善组织|慈善信托|基层法律服务所|设立审批|设立许可", "", "business-setup"},
        {"食品|药品零售|药品经营|医疗器械|特种设备|计量|消费者|质量奖|预付卡", "consumer-rights", "market-supervision"},
        {"环境|环评|排污|污染|危险废物|辐射|放射性同位素|生态|水土保持|入海|土壤", "environment", "environmental-protection"},
        {"绿化|树木|护路林|林木采伐", "environment", "environmental-protection"},
        {"取水|河道|水利|洪水|水文|水事|灌溉|堤|填堵水域|采砂", "utilities", "environmental-protection"},
        {"供热|燃气|排水|供水|污水|生活垃圾|建筑垃圾|城市道路|城市桥梁|管线|户外广告|张挂", "utilities", "operating-permits"},
        {"教育|学校|教师|学生|学籍|助学|招生|普通话|学历|转学|入学|免学费|培训学校", "education-research", "culture-education"},
        {"科技|技术合同|研发|孵化器|众创|高新|科技成果|科学技术|工程技术|技术中心|设计中心|专精特新|绿色工厂", "education-research", "science-innovation"},
        {"就业|创业|失业|职业技能|人力资源|劳务派遣|招聘|人事档案|毕业生|劳动|工时|集体合同|职称|技能", "employment-startup", "human-resources"},
        {"婚姻|结婚|离婚", "marriage", ""},
        {"收养|生育|出生医学|托育|计划生育|孕前|母婴|新生儿", "birth-adoption", "health-industry"},
        {"死亡|殡葬|遗属", "funeral", ""},
        {"低保|最低生活|特困|救助|残疾|孤儿|无人抚养|困难|流浪|高龄|老年|养老服务", "social-assistance", ""},
        {"养老机构", "social-assistance", "qualifications"},
        {"退役|优抚|烈士|抚恤|光荣牌|义务兵|参战|伤残|优待证", "veterans-care", ""},
        {"宗教|民族", "ethnicity-religion", "legal-other"},
        {"法律|律师|调解|公证|司法|仲裁|法治", "justice-notary", "legal-other"},
        {"旅游|旅行社|景区|民宿|饭店", "tourism", "trade-commerce"},
        {"文化|演出|娱乐|文物|博物馆|图书馆|非物质|出版物|广播|卫星电视|上网服务", "culture-sports", "culture-education"},
        {"体育|运动员|健身|游泳|滑雪|潜水|攀岩", "culture-sports", "culture-education"},
        {"医疗机构|医师|护士|卫生|诊所|放射诊疗|医疗纠纷|健康检查|职业病|献血|预防接种|乡村医生|职业健康|放射防护", "health-care", "health-industry"},
        {"危险化学品|烟花爆竹|安全生产|应急预案|非煤矿山|特种作业|安全设施|重大危险源|冶炼|易制毒|爆炸|爆破|剧毒|安全考核|标准化", "public-safety", "work-safety"},
        {"灾|应急", "public-safety", "emergency-management"},
        {"治安|保安|旅馆业|典当|公章|大型群众性活动|养犬|无犯罪|网络安全|等级保护|国际联网|见义勇为|涉毒|安全防范|特种行业", "public-safety", "operating-permits"},
        {"兽|渔业|动物|种子|种畜|农药|林草|林业|生鲜乳|水产|菌种|植物检疫|合作社|耕地|农业|水域滩涂|绿色食品|农机", "", "agriculture-forestry"},
        {"投资项目|节能审查|可行性研究|固定资产|技术改造|初步设计|概算", "planning-construction", "investment-approval"},
        {"价格|收费标准|信用修复|财政|会计|代理记账|票据|审计|国有资产|国有产权|国有企业|资产评估|增资", "", "tax-finance"},
        {"招标|投标|公共资源交易|政府采购|评标|评审专家", "", "tendering-auction"},
        {"商务|电子商务|二手车|再生资源|报废机动车|粮食收购", "", "trade-commerce"},
        {"资质|资格|认定|评定|等级|年度检查|年检|审验|年审", "", "qualifications"},
        {"年度检查|年检|审验|年审|年度报告", "", "annual-inspection"},
        {"经营许可|许可证核发|卫生许可|经营备案", "", "operating-permits"},
    };

    /** Department fallback themes: PERSON, LEGAL_ENTITY. */
    private static final Map<String, String[]> DEPARTMENT_THEMES = Map.ofEntries(
            Map.entry("gov-office", new String[] {"person-other", "legal-other"}),
            Map.entry("development-reform", new String[] {"person-other", "investment-approval"}),
            Map.entry("education", new String[] {"education-research", "culture-education"}),
            Map.entry("science-technology", new String[] {"education-research", "science-innovation"}),
            Map.entry("industry-it", new String[] {"employment-startup", "science-innovation"}),
            Map.entry("ethnic-religious", new String[] {"ethnicity-religion", "legal-other"}),
            Map.entry("public-security", new String[] {"public-safety", "operating-permits"}),
            Map.entry("civil-affairs", new String[] {"social-assistance", "business-setup"}),
            Map.entry("justice", new String[] {"justice-notary", "legal-other"}),
            Map.entry("finance", new String[] {"person-other", "tax-finance"}),
            Map.entry("human-resources", new String[] {"employment-startup", "human-resources"}),
            Map.entry("natural-resources", new String[] {"planning-construction", "land-planning"}),
            Map.entry("ecology-environment", new String[] {"environment", "environmental-protection"}),
            Map.entry("housing", new String[] {"housing", "land-planning"}),
            Map.entry("transport", new String[] {"transport-travel", "transport-logistics"}),
            Map.entry("water", new String[] {"utilities", "environmental-protection"}),
            Map.entry("agriculture", new String[] {"person-other", "agriculture-forestry"}),
            Map.entry("commerce", new String[] {"consumer-rights", "trade-commerce"}),
            Map.entry("culture-tourism", new String[] {"culture-sports", "culture-education"}),
            Map.entry("health", new String[] {"health-care", "health-industry"}),
            Map.entry("veterans", new String[] {"veterans-care", "legal-other"}),
            Map.entry("emergency", new String[] {"public-safety", "work-safety"}),
            Map.entry("audit", new String[] {"person-other", "tax-finance"}),
            Map.entry("state-assets", new String[] {"person-other", "tax-finance"}),
            Map.entry("market-regulation", new String[] {"consumer-rights", "market-supervision"}),
            Map.entry("sports", new String[] {"culture-sports", "culture-education"}),
            Map.entry("statistics", new String[] {"person-other", "legal-other"}),
            Map.entry("medical-security", new String[] {"social-security", "employer-social-security"}),
            Map.entry("business-environment", new String[] {"person-other", "tendering-auction"}),
            Map.entry("urban-management", new String[] {"utilities", "land-planning"}),
            Map.entry("petitions", new String[] {"person-other", "legal-other"}),
            Map.entry("civil-air-defence", new String[] {"planning-construction", "land-planning"}),
            Map.entry("housing-fund", new String[] {"housing", "employer-social-security"}));

    /** 1–3 theme codes fitting the audience: PERSON themes for persons, LEGAL_ENTITY themes for legal entities. */
    static List<String> themes(String name, String department, Audience audience) {
        Set<String> person = new LinkedHashSet<>();
        Set<String> legal = new LinkedHashSet<>();
        for (String[] rule : THEME_RULES) {
            if (has(name, rule[0])) {
                if (!rule[1].isEmpty()) {
                    person.add(rule[1]);
                }
                if (!rule[2].isEmpty()) {
                    legal.add(rule[2]);
                }
            }
        }
        String[] fallback = DEPARTMENT_THEMES.getOrDefault(department, new String[] {"person-other", "legal-other"});
        Set<String> chosen = new LinkedHashSet<>();
        switch (audience) {
            case PERSON -> {
                chosen.addAll(first(person, 3));
                if (chosen.isEmpty()) {
                    chosen.add(fallback[0]);
                }
            }
            case LEGAL_ENTITY -> {
                chosen.addAll(first(legal, 3));
                if (chosen.isEmpty()) {
                    chosen.add(fallback[1]);
                }
            }
            default -> {
                List<String> p = first(person, 2);
                List<String> l = first(legal, 2);
                if (p.isEmpty() && l.isEmpty()) {
                    chosen.add(fallback[0]);
                    chosen.add(fallback[1]);
                } else if (p.isEmpty()) {
                    chosen.addAll(first(legal, 3));
                } else if (l.isEmpty()) {
                    chosen.addAll(first(person, 3));
                } else {
                    chosen.add(p.get(0));
                    chosen.add(l.get(0));
                    if (p.size() > 1) {
                        chosen.add(p.get(1));
                    } else if (l.size() > 1) {
                        chosen.add(l.get(1));
                    }
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> first(Set<String> set, int n) {
        List<String> list = new ArrayList<>();
        for (String s : set) {
            if (list.size() < n) {
                list.add(s);
            }
        }
        return list;
    }

    // ---------------------------------------------------------------- legal bases

    private static final String XZXKF = "《中华人民共和国行政许可法》";

    /** Provisions quoted for the best-known laws; other laws are cited without a provision. */
    private static final Map<String, String> PROVISIONS = Map.ofEntries(
            Map.entry(XZXKF, "第十二条 下列事项可以设定行政许可……；第四十二条 除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。"),
            Map.entry("《中华人民共和国道路交通安全法》", "第八条 国家对机动车实行登记制度。第十九条 驾驶机动车，应当依法取得机动车驾驶证。"),
            Map.entry("《中华人民共和国居民身份证法》", "第八条 居民身份证由居民常住户口所在地的县级人民政府公安机关签发。"),
            Map.entry("《中华人民共和国城乡规划法》", "第三十七条、第三十八条（建设用地规划许可证）；第四十条（建设工程规划许可证）；第四十一条（乡村建设规划许可证）。"),
            Map.entry("《中华人民共和国社会保险法》", "第五十八条 用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。"),
            Map.entry("《住房公积金管理条例》", "第十四条、第十五条（缴存登记）；第二十四条（提取情形）；第二十六条（个人住房贷款）。"),
            Map.entry("《中华人民共和国政府信息公开条例》", "第二十七条 除行政机关主动公开的政府信息外，公民、法人或者其他组织可以向地方各级人民政府、对外以自己名义履行行政管理职能的县级以上人民政府部门申请获取相关政府信息。"),
            Map.entry("《不动产登记暂行条例》", "第二十条 不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。"),
            Map.entry("《中华人民共和国市场主体登记管理条例》", "第十九条 登记机关对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记。"),
            Map.entry("《中华人民共和国环境影响评价法》", "第二十二条 审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。"),
            Map.entry("《工伤保险条例》", "第二十条 社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。"));

    /** keywords, then the laws that fit them (most specific rules first). */
    private static final String[][] LAW_RULES = {
        {"网络预约", "《网络预约出租汽车经营服务管理暂行办法》"},
        {"报废机动车", "《报废机动车回收管理办法》"},
        {"驾驶员培训|机动车维修", "《中华人民共和国道路运输条例》"},
        {"驾驶|机动车|校车", "《中华人民共和国道路交通安全法》", "《中华人民共和国道路交通安全法实施条例》"},
        {"身份证", "《中华人民共和国居民身份证法》"},
        {"居住证", "《居住证暂行条例》"},
        {"户口|户籍|出生登记", "《中华人民共和国户口登记条例》"},
        {"护照", "《中华人民共和国护照法》", "《中华人民共和国出境入境管理法》"},
        {"出入境|往来港澳通行证|往来台湾通行证|签注|签证", "《中华人民共和国出境入境管理法》"},
        {"外国人来华工作", "《外国人在中国就业管理规定》"},
        {"港澳台居民居住证", "《港澳台居民居住证申领发放办法》"},
        {"剧毒|危险化学品", "《危险化学品安全管理条例》"},
        {"易制毒", "《易制毒化学品管理条例》"},
        {"爆炸|爆破", "《民用爆炸物品安全管理条例》"},
        {"烟花爆竹", "《烟花爆竹安全管理条例》"},
        {"大型群众性活动", "《大型群众性活动安全管理条例》"},
        {"保安", "《保安服务管理条例》"},
        {"上网服务", "《互联网上网服务营业场所管理条例》"},
        {"网络安全|等级保护|国际联网", "《中华人民共和国网络安全法》"},
        {"旅馆业", "《旅馆业治安管理办法》"},
        {"典当", "《典当管理办法》"},
        {"无犯罪", "《公安机关办理犯罪记录查询工作规定》"},
        {"见义勇为", "《辽宁省见义勇为人员奖励和保护条例》"},
        {"消防", "《中华人民共和国消防法》", "《建设工程消防设计审查验收管理暂行规定》"},
        {"工伤", "《工伤保险条例》"},
        {"失业", "《失业保险条例》"},
        {"社会保险|社保|养老保险|社会保障卡|稳岗", "《中华人民共和国社会保险法》"},
        {"医疗保险|医保|医疗保障|就医|慢特病|参保|医疗救助|医疗费用|生育保险|双通道|医疗保障基金", "《中华人民共和国社会保险法》", "《医疗保障基金使用监督管理条例》"},
        {"就业|创业|技能", "《中华人民共和国就业促进法》"},
        {"劳务派遣|工时|集体合同|劳动保障", "《中华人民共和国劳动合同法》", "《中华人民共和国劳动法》"},
        {"人力资源服务", "《人力资源市场暂行条例》"},
        {"劳动人事争议", "《中华人民共和国劳动争议调解仲裁法》"},
        {"退休", "《国务院关于工人退休、退职的暂行办法》"},
        {"人事档案", "《流动人员人事档案管理暂行规定》"},
        {"规划", "《中华人民共和国城乡规划法》"},
        {"土地|用地", "《中华人民共和国土地管理法》"},
        {"不动产", "《不动产登记暂行条例》", "《中华人民共和国民法典》"},
        {"采矿", "《中华人民共和国矿产资源法》"},
        {"林木|林地|林草|林业|护路林", "《中华人民共和国森林法》"},
        {"种子", "《中华人民共和国种子法》"},
        {"测绘", "《中华人民共和国测绘法》"},
        {"地质灾害", "《地质灾害防治条例》"},
        {"环境影响|环评", "《中华人民共和国环境影响评价法》", "《建设项目环境保护管理条例》"},
        {"排污", "《排污许可管理条例》"},
        {"危险废物", "《中华人民共和国固体废物污染环境防治法》"},
        {"辐射|放射性同位素", "《放射性同位素与射线装置安全和防护条例》"},
        {"土壤", "《中华人民共和国土壤污染防治法》"},
        {"入海", "《中华人民共和国海洋环境保护法》"},
        {"突发环境", "《中华人民共和国突发事件应对法》"},
        {"建筑工程施工许可", "《中华人民共和国建筑法》", "《建筑工程施工许可管理办法》"},
        {"建筑业企业资质", "《中华人民共和国建筑法》", "《建筑业企业资质管理规定》"},
        {"起重机械", "《建设工程安全生产管理条例》"},
        {"质量安全监督|竣工验收", "《建设工程质量管理条例》"},
        {"房地产|商品房", "《中华人民共和国城市房地产管理法》", "《城市房地产开发经营管理条例》"},
        {"物业|维修资金", "《物业管理条例》"},
        {"租赁住房|租赁补贴|房屋租赁", "《公共租赁住房管理办法》"},
        {"排水|污水", "《城镇排水与污水处理条例》"},
        {"建筑垃圾|生活垃圾|张挂|户外广告", "《城市市容和环境卫生管理条例》"},
        {"燃气", "《城镇燃气管理条例》"},
        {"供热", "《辽宁省城市供热条例》"},
        {"城市道路|城市桥梁|管线", "《城市道路管理条例》"},
        {"绿化|城市树木", "《城市绿化条例》"},
        {"网络预约", "《网络预约出租汽车经营服务管理暂行办法》"},
        {"出租汽车", "《巡游出租汽车经营服务管理规定》"},
        {"道路运输|道路旅客|道路货物|道路危险货物|客运|货运|机动车维修|驾驶员培训|从业资格|客车租赁", "《中华人民共和国道路运输条例》"},
        {"公共汽电车|公交", "《城市公共交通条例》"},
        {"公路|超限|涉路", "《中华人民共和国公路法》", "《公路安全保护条例》"},
        {"港口", "《中华人民共和国港口法》"},
        {"取水", "《中华人民共和国水法》", "《取水许可和水资源费征收管理条例》"},
        {"河道|采砂|堤|填堵水域", "《中华人民共和国河道管理条例》"},
        {"水土保持", "《中华人民共和国水土保持法》"},
        {"洪水", "《中华人民共和国防洪法》"},
        {"水文", "《中华人民共和国水文条例》"},
        {"农药", "《农药管理条例》"},
        {"兽药", "《兽药管理条例》"},
        {"兽医|动物", "《中华人民共和国动物防疫法》"},
        {"渔业|水产|捕捞|养殖|渔业船舶", "《中华人民共和国渔业法》"},
        {"种畜禽", "《中华人民共和国畜牧法》"},
        {"生鲜乳", "《乳品质量安全监督管理条例》"},
        {"拖拉机|联合收割机|农业机械", "《农业机械安全监督管理条例》", "《中华人民共和国农业机械化促进法》"},
        {"植物检疫", "《植物检疫条例》"},
        {"食用菌", "《中华人民共和国种子法》"},
        {"合作社", "《中华人民共和国农民专业合作社法》"},
        {"耕地", "《中华人民共和国农业法》"},
        {"绿色食品", "《中华人民共和国农产品质量安全法》"},
        {"食品", "《中华人民共和国食品安全法》"},
        {"药品零售|药品经营|药品批发|药品生产", "《中华人民共和国药品管理法》"},
        {"医疗器械", "《医疗器械监督管理条例》"},
        {"特种设备", "《中华人民共和国特种设备安全法》", "《特种设备安全监察条例》"},
        {"计量", "《中华人民共和国计量法》"},
        {"商标", "《中华人民共和国商标法》"},
        {"专利|知识产权", "《中华人民共和国专利法》"},
        {"个体工商户", "《促进个体工商户发展条例》", "《中华人民共和国市场主体登记管理条例》"},
        {"企业登记|营业执照|简易注销|企业名称|年度报告|经营异常|股权出质|企业登记档案|合作社登记|企业开办", "《中华人民共和国市场主体登记管理条例》"},
        {"消费者", "《中华人民共和国消费者权益保护法》"},
        {"质量奖", "《中华人民共和国产品质量法》"},
        {"医疗机构|诊所", "《医疗机构管理条例》"},
        {"医师", "《中华人民共和国医师法》"},
        {"护士", "《护士条例》"},
        {"乡村医生", "《乡村医生从业管理条例》"},
        {"公共场所卫生", "《公共场所卫生管理条例》"},
        {"放射诊疗|放射防护", "《放射诊疗管理规定》", "《中华人民共和国职业病防治法》"},
        {"母婴|出生医学|孕前", "《中华人民共和国母婴保健法》"},
        {"生育|计划生育", "《中华人民共和国人口与计划生育法》"},
        {"职业病|职业健康", "《中华人民共和国职业病防治法》"},
        {"献血|用血", "《中华人民共和国献血法》"},
        {"预防接种", "《中华人民共和国疫苗管理法》"},
        {"饮用水|供水单位", "《生活饮用水卫生监督管理办法》"},
        {"中医", "《中华人民共和国中医药法》"},
        {"医疗纠纷", "《医疗纠纷预防和处理条例》"},
        {"从业人员预防性健康检查", "《中华人民共和国食品安全法》"},
        {"教师", "《中华人民共和国教师法》", "《教师资格条例》"},
        {"民办学校|培训机构|培训学校", "《中华人民共和国民办教育促进法》"},
        {"义务教育|学籍|转学|入学", "《中华人民共和国义务教育法》"},
        {"助学|免学费|学历|招生", "《中华人民共和国教育法》"},
        {"普通话", "《中华人民共和国国家通用语言文字法》"},
        {"科学技术奖", "《国家科学技术奖励条例》"},
        {"技术合同|科技成果", "《中华人民共和国促进科技成果转化法》"},
        {"高新技术|科技型|孵化器|众创|工程技术|研发", "《中华人民共和国科学技术进步法》"},
        {"中小企业|专精特新", "《中华人民共和国中小企业促进法》"},
        {"绿色工厂", "《中华人民共和国节约能源法》"},
        {"宗教", "《宗教事务条例》"},
        {"民族成分", "《中国公民民族成分登记管理办法》"},
        {"最低生活|低保|特困|临时救助|救助家庭|低保边缘", "《社会救助暂行办法》"},
        {"残疾", "《中华人民共和国残疾人保障法》"},
        {"孤儿|无人抚养", "《中华人民共和国未成年人保护法》"},
        {"养老机构|高龄|老年", "《中华人民共和国老年人权益保障法》"},
        {"养老机构", "《养老机构管理办法》"},
        {"社会团体", "《社会团体登记管理条例》"},
        {"民办非企业", "《民办非企业单位登记管理暂行条例》"},
        {"慈善", "《中华人民共和国慈善法》"},
        {"婚姻|结婚|离婚", "《婚姻登记条例》"},
        {"收养", "《中华人民共和国民法典》"},
        {"殡葬", "《殡葬管理条例》"},
        {"地名", "《地名管理条例》"},
        {"流浪", "《城市生活无着的流浪乞讨人员救助管理办法》"},
        {"法律援助", "《中华人民共和国法律援助法》"},
        {"人民调解", "《中华人民共和国人民调解法》"},
        {"律师", "《中华人民共和国律师法》"},
        {"基层法律服务", "《基层法律服务工作者管理办法》"},
        {"司法鉴定", "《全国人民代表大会常务委员会关于司法鉴定管理问题的决定》"},
        {"法律职业资格", "《法律职业资格管理办法》"},
        {"会计", "《中华人民共和国会计法》"},
        {"代理记账", "《代理记账管理办法》"},
        {"政府采购", "《中华人民共和国政府采购法》", "《中华人民共和国政府采购法实施条例》"},
        {"票据|非税", "《财政票据管理办法》"},
        {"烈士", "《烈士褒扬条例》"},
        {"优抚|抚恤|伤残|义务兵|参战|光荣牌|优待证|优待金", "《军人抚恤优待条例》"},
        {"退役", "《中华人民共和国退役军人保障法》", "《退役士兵安置条例》"},
        {"统计", "《中华人民共和国统计法》"},
        {"审计", "《中华人民共和国审计法》"},
        {"国有资产|国有产权|国有企业|资产评估", "《中华人民共和国企业国有资产法》", "《企业国有资产监督管理暂行条例》"},
        {"价格|收费标准", "《中华人民共和国价格法》"},
        {"外商投资", "《中华人民共和国外商投资法》"},
        {"境外投资", "《企业境外投资管理办法》"},
        {"投资项目核准|投资项目备案", "《企业投资项目核准和备案管理条例》"},
        {"政府投资", "《政府投资条例》"},
        {"节能", "《中华人民共和国节约能源法》", "《固定资产投资项目节能审查办法》"},
        {"信用修复", "《失信行为纠正后的信用信息修复管理办法（试行）》"},
        {"粮食", "《粮食流通管理条例》"},
        {"对外贸易", "《中华人民共和国对外贸易法》"},
        {"预付卡", "《单用途商业预付卡管理办法（试行）》"},
        {"报废机动车", "《报废机动车回收管理办法》"},
        {"二手车", "《二手车流通管理办法》"},
        {"再生资源", "《再生资源回收管理办法》"},
        {"电子商务", "《中华人民共和国电子商务法》"},
        {"旅行社", "《旅行社条例》"},
        {"旅游|景区|民宿|饭店", "《中华人民共和国旅游法》"},
        {"娱乐场所", "《娱乐场所管理条例》"},
        {"演出", "《营业性演出管理条例》"},
        {"出版物", "《出版管理条例》"},
        {"卫星电视", "《卫星电视广播地面接收设施管理规定》"},
        {"文物", "《中华人民共和国文物保护法》"},
        {"博物馆", "《博物馆条例》"},
        {"图书馆", "《中华人民共和国公共图书馆法》"},
        {"非物质文化遗产", "《中华人民共和国非物质文化遗产法》"},
        {"高危险性体育", "《全民健身条例》"},
        {"健身气功", "《健身气功管理办法》"},
        {"体育设施|体育场馆", "《公共文化体育设施条例》"},
        {"信访", "《信访工作条例》"},
        {"政府信息公开", "《中华人民共和国政府信息公开条例》"},
        {"公积金", "《住房公积金管理条例》"},
        {"防空|人防|人民防空", "《中华人民共和国人民防空法》"},
        {"应急预案", "《生产安全事故应急预案管理办法》"},
        {"非煤矿山|金属冶炼", "《中华人民共和国矿山安全法》", "《建设项目安全设施“三同时”监督管理办法》"},
        {"特种作业", "《特种作业人员安全技术培训考核管理规定》"},
        {"安全生产|重大危险源|安全考核|标准化", "《中华人民共和国安全生产法》"},
        {"自然灾害|受灾", "《自然灾害救助条例》"},
        {"公共资源交易|招标|评标", "《中华人民共和国招标投标法》", "《中华人民共和国招标投标法实施条例》"},
        {"企业开办|政务服务|帮办代办", "《优化营商环境条例》"},
        {"12345|便民热线", "《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）"},
    };

    /** 2–4 laws per department that fit most of its items. */
    private static final Map<String, String[]> DEPARTMENT_LAWS = Map.ofEntries(
            Map.entry("gov-office", new String[] {"《中华人民共和国政府信息公开条例》", "《优化营商环境条例》"}),
            Map.entry("development-reform", new String[] {"《企业投资项目核准和备案管理条例》", "《政府投资条例》", "《中华人民共和国价格法》"}),
            Map.entry("education", new String[] {"《中华人民共和国教育法》", "《中华人民共和国义务教育法》", "《中华人民共和国民办教育促进法》"}),
            Map.entry("science-technology", new String[] {"《中华人民共和国科学技术进步法》", "《中华人民共和国促进科技成果转化法》"}),
            Map.entry("industry-it", new String[] {"《中华人民共和国中小企业促进法》", "《中华人民共和国节约能源法》"}),
            Map.entry("ethnic-religious", new String[] {"《宗教事务条例》", "《中华人民共和国民族区域自治法》"}),
            Map.entry("public-security", new String[] {"《中华人民共和国人民警察法》", "《中华人民共和国治安管理处罚法》"}),
            Map.entry("civil-affairs", new String[] {"《社会救助暂行办法》", "《中华人民共和国民法典》"}),
            Map.entry("justice", new String[] {"《中华人民共和国律师法》", "《中华人民共和国法律援助法》"}),
            Map.entry("finance", new String[] {"《中华人民共和国会计法》", "《中华人民共和国政府采购法》", "《中华人民共和国预算法》"}),
            Map.entry("human-resources", new String[] {"《中华人民共和国社会保险法》", "《中华人民共和国就业促进法》", "《中华人民共和国劳动法》"}),
            Map.entry("natural-resources", new String[] {"《中华人民共和国土地管理法》", "《中华人民共和国城乡规划法》", "《不动产登记暂行条例》"}),
            Map.entry("ecology-environment", new String[] {"《中华人民共和国环境保护法》", "《中华人民共和国环境影响评价法》"}),
            Map.entry("housing", new String[] {"《中华人民共和国建筑法》", "《中华人民共和国城市房地产管理法》", "《建设工程质量管理条例》"}),
            Map.entry("transport", new String[] {"《中华人民共和国道路运输条例》", "《中华人民共和国公路法》"}),
            Map.entry("water", new String[] {"《中华人民共和国水法》", "《中华人民共和国防洪法》"}),
            Map.entry("agriculture", new String[] {"《中华人民共和国农业法》", "《中华人民共和国动物防疫法》"}),
            Map.entry("commerce", new String[] {"《中华人民共和国对外贸易法》", "《中华人民共和国电子商务法》"}),
            Map.entry("culture-tourism", new String[] {"《中华人民共和国旅游法》", "《中华人民共和国公共文化服务保障法》"}),
            Map.entry("health", new String[] {"《中华人民共和国基本医疗卫生与健康促进法》", "《医疗机构管理条例》"}),
            Map.entry("veterans", new String[] {"《中华人民共和国退役军人保障法》", "《军人抚恤优待条例》"}),
            Map.entry("emergency", new String[] {"《中华人民共和国安全生产法》", "《危险化学品安全管理条例》"}),
            Map.entry("audit", new String[] {"《中华人民共和国审计法》", "《中华人民共和国审计法实施条例》"}),
            Map.entry("state-assets", new String[] {"《中华人民共和国企业国有资产法》", "《企业国有资产监督管理暂行条例》"}),
            Map.entry("market-regulation", new String[] {"《中华人民共和国市场主体登记管理条例》", "《中华人民共和国食品安全法》", "《中华人民共和国产品质量法》"}),
            Map.entry("sports", new String[] {"《中华人民共和国体育法》", "《全民健身条例》"}),
            Map.entry("statistics", new String[] {"《中华人民共和国统计法》", "《中华人民共和国统计法实施条例》"}),
            Map.entry("medical-security", new String[] {"《中华人民共和国社会保险法》", "《医疗保障基金使用监督管理条例》"}),
            Map.entry("business-environment", new String[] {"《优化营商环境条例》", "《中华人民共和国招标投标法》"}),
            Map.entry("urban-management", new String[] {"《城市道路管理条例》", "《城市市容和环境卫生管理条例》", "《城市绿化条例》"}),
            Map.entry("petitions", new String[] {"《信访工作条例》", "《辽宁省信访条例》"}),
            Map.entry("civil-air-defence", new String[] {"《中华人民共和国人民防空法》", "《辽宁省实施〈中华人民共和国人民防空法〉办法》"}),
            Map.entry("housing-fund", new String[] {"《住房公积金管理条例》", "《住房城乡建设部 财政部 人民银行关于改进住房公积金缴存机制进一步降低企业成本的通知》（建金〔2018〕45号）"}));

    /** The law that frames most items of a department (added after a single law the name points at), if any. */
    private static final Map<String, String> DEPARTMENT_UMBRELLA = Map.ofEntries(
            Map.entry("gov-office", "《中华人民共和国政府信息公开条例》"),
            Map.entry("education", "《中华人民共和国教育法》"),
            Map.entry("science-technology", "《中华人民共和国科学技术进步法》"),
            Map.entry("industry-it", "《中华人民共和国中小企业促进法》"),
            Map.entry("public-security", "《中华人民共和国人民警察法》"),
            Map.entry("human-resources", "《中华人民共和国劳动法》"),
            Map.entry("ecology-environment", "《中华人民共和国环境保护法》"),
            Map.entry("water", "《中华人民共和国水法》"),
            Map.entry("agriculture", "《中华人民共和国农业法》"),
            Map.entry("health", "《中华人民共和国基本医疗卫生与健康促进法》"),
            Map.entry("veterans", "《中华人民共和国退役军人保障法》"),
            Map.entry("audit", "《中华人民共和国审计法》"),
            Map.entry("state-assets", "《中华人民共和国企业国有资产法》"),
            Map.entry("sports", "《中华人民共和国体育法》"),
            Map.entry("statistics", "《中华人民共和国统计法》"),
            Map.entry("medical-security", "《中华人民共和国社会保险法》"),
            Map.entry("business-environment", "《优化营商环境条例》"),
            Map.entry("petitions", "《信访工作条例》"),
            Map.entry("civil-air-defence", "《中华人民共和国人民防空法》"),
            Map.entry("housing-fund", "《住房公积金管理条例》"));

    /** 1–4 legal bases: the laws the name points at (or the department's laws), and the general law of the type. */
    static List<LegalBasis> legalBasis(String name, String department, ItemType type) {
        Set<String> titles = new LinkedHashSet<>();
        for (String[] rule : LAW_RULES) {
            if (titles.size() >= 2) {
                break;
            }
            if (has(name, rule[0])) {
                for (int i = 1; i < rule.length && titles.size() < 2; i++) {
                    titles.add(rule[i]);
                }
            }
        }
        if (titles.isEmpty()) {
            for (String law : DEPARTMENT_LAWS.getOrDefault(department, new String[0])) {
                if (titles.size() < 2) {
                    titles.add(law);
                }
            }
        } else if (titles.size() == 1 && DEPARTMENT_UMBRELLA.containsKey(department)) {
            titles.add(DEPARTMENT_UMBRELLA.get(department));
        }
        if (type == ItemType.ADMINISTRATIVE_LICENSE) {
            titles.add(XZXKF);
        }
        if (titles.isEmpty()) {
            titles.add("《优化营商环境条例》");
        }
        List<LegalBasis> list = new ArrayList<>();
        for (String t : titles) {
            list.add(new LegalBasis(t, PROVISIONS.get(t)));
        }
        return list;
    }

    /** The first law of the item (for texts such as "符合《…》规定的条件"). */
    static String mainLaw(List<LegalBasis> basis) {
        return basis.get(0).title();
    }
}
