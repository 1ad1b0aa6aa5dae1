package org.gongkai.catalogue.demo;

import static org.gongkai.catalogue.demo.DemoKnowledge.has;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongkai.catalogue.demo.DemoDirectory.Department;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.Authority;
import org.gongkai.catalogue.guide.Channel;
import org.gongkai.catalogue.guide.ExerciseLevel;
import org.gongkai.catalogue.guide.Faq;
import org.gongkai.catalogue.guide.Fee;
import org.gongkai.catalogue.guide.Fees;
import org.gongkai.catalogue.guide.Handling;
import org.gongkai.catalogue.guide.HandlingKind;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.LegalBasis;
import org.gongkai.catalogue.guide.Material;
import org.gongkai.catalogue.guide.Material.Form;
import org.gongkai.catalogue.guide.Material.Kind;
import org.gongkai.catalogue.guide.Material.Necessity;
import org.gongkai.catalogue.guide.Material.Source;
import org.gongkai.catalogue.guide.Online;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.catalogue.guide.ProcessStep;
import org.gongkai.catalogue.guide.Result;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.catalogue.guide.TimeLimit;
import org.gongkai.catalogue.guide.TimeUnit;

/**
 * Writes the guide of one demo item from its name, type, audience and department. What is fixed for an item
 * lives in {@link Item}; what changes between its versions (promised time limit, online depth and visits,
 * materials) in {@link State}, so that older versions differ from the current one in realistic ways.
 */
final class DemoGuides {

    static final String PORTAL = "https://zwfw.huludao.example";
    static final String REMEDIES = "对办理结果不服的，可自收到决定之日起60日内向葫芦岛市人民政府申请行政复议，或在6个月内向人民法院提起行政诉讼。";

    private DemoGuides() {
    }

    /** What changes between versions of an item. */
    record State(int promised, OnlineDepth depth, List<Material> materials) {
    }

    /** Everything fixed about one item. */
    static final class Item {
        final Department dept;
        final ItemType type;
        final Audience audience;
        final String main;
        final String variant;
        final String name;
        final String basicCode;
        final String text;
        /** The main name without a trailing verb (审批, 申领, 发放 …), for running text. */
        final String core;
        final Random rnd;
        List<String> themes;
        List<LegalBasis> basis;
        String law;
        HandlingKind kind;
        int legal;
        TimeUnit legalUnit = TimeUnit.WORKING_DAYS;
        TimeUnit promisedUnit = TimeUnit.WORKING_DAYS;
        boolean presence;
        OnlineDepth maxDepth = OnlineDepth.IV;
        boolean express;
        boolean appointment;
        Fees fees;
        Result result;
        List<String> conditions;
        String specialProcedures;
        List<String> intermediary;
        String rights;

        Item(Department dept, ItemType type, Audience audience, String main, String variant, String basicCode, long seed) {
            this.dept = dept;
            this.type = type;
            this.audience = audience;
            this.main = main;
            this.variant = variant;
            this.name = variant == null ? main : main + "（" + variant + "）";
            this.basicCode = basicCode;
            this.text = variant == null ? main : main + variant;
            String c = main.replaceAll("(审批|申领|发放|办理|核准|申报|申请)$", "");
            this.core = c.length() >= 2 ? c : main;
            this.rnd = new Random(seed);
        }

        boolean isVariant(String keywords) {
            return variant != null && has(variant, keywords);
        }
    }

    // ================================================================ set-up of an item

    /** Fills in the fixed parts of the item and returns its current (latest) state. */
    static State prepare(Item it) {
        Random r = it.rnd;
        it.themes = DemoKnowledge.themes(it.main, it.dept.code(), it.audience);
        it.basis = DemoKnowledge.legalBasis(it.main, it.dept.code(), it.type);
        it.law = DemoKnowledge.mainLaw(it.basis);
        timeLimits(it, r);
        it.presence = has(it.text, "身份证|居住证|出入境证件|护照|往来港澳通行证|往来台湾通行证|结婚|离婚|初次申领|增驾|教师资格认定|特种作业")
                && !it.isVariant("临时身份证");
        if (it.presence) {
            it.maxDepth = OnlineDepth.III;
        }
        if (it.type == ItemType.ADMINISTRATIVE_ADJUDICATION) {
            it.maxDepth = OnlineDepth.II;
        }
        it.express = r.nextInt(100) < 35;
        it.appointment = r.nextInt(100) < 70;
        it.fees = fees(it);
        it.result = result(it);
        it.conditions = conditions(it, r);
        it.specialProcedures = specialProcedures(it);
        it.intermediary = intermediary(it);
        it.rights = rights(it);

        int promised = promised(it, r);
        int d = r.nextInt(100);
        OnlineDepth depth = d < 8 ? OnlineDepth.I : d < 30 ? OnlineDepth.II : d < 65 ? OnlineDepth.III : OnlineDepth.IV;
        if (depth.compareTo(it.maxDepth) > 0) {
            depth = it.maxDepth;
        }
        return new State(promised, depth, materials(it, r));
    }

    private static void timeLimits(Item it, Random r) {
        boolean quick = has(it.text, "查询|打印|下载|查阅|借阅|预约|证明开具|缴存证明|挂失|热线|咨询|结婚登记|离婚登记|补领婚姻|公示|光荣牌|报名")
                && it.type != ItemType.ADMINISTRATIVE_LICENSE;
        boolean immediateType = it.type == ItemType.PUBLIC_SERVICE || it.type == ItemType.ADMINISTRATIVE_FILING
                || it.type == ItemType.ADMINISTRATIVE_CONFIRMATION;
        int roll = r.nextInt(100);
        if (quick || (immediateType && roll < (it.type == ItemType.ADMINISTRATIVE_CONFIRMATION ? 15 : 40))) {
            it.kind = HandlingKind.IMMEDIATE;
            it.legal = 1;
            return;
        }
        it.kind = HandlingKind.COMMITTED;
        switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> it.legal = 20;
            case ADMINISTRATIVE_CONFIRMATION -> it.legal = 20;
            case ADMINISTRATIVE_ADJUDICATION -> {
                it.legal = 60;
                it.legalUnit = TimeUnit.CALENDAR_DAYS;
                it.promisedUnit = TimeUnit.CALENDAR_DAYS;
            }
            case ADMINISTRATIVE_PAYMENT, ADMINISTRATIVE_REWARD -> it.legal = 30;
            case ADMINISTRATIVE_FILING -> it.legal = 5;
            case PUBLIC_SERVICE -> it.legal = 10;
            default -> it.legal = 20;
        }
        if (has(it.main, "企业登记|个体工商户登记|合作社登记|简易注销")) {
            it.legal = 3;
        } else if (has(it.main, "不动产登记")) {
            it.legal = 30;
        } else if (has(it.main, "居民身份证")) {
            if (it.isVariant("临时")) {
                it.legal = 3;
            } else {
                it.legal = 60;
                it.legalUnit = TimeUnit.CALENDAR_DAYS;
            }
        } else if (has(it.main, "出入境证件|签注")) {
            it.legal = 15;
        } else if (has(it.main, "环境影响评价文件")) {
            it.legal = it.isVariant("报告表") ? 30 : 60;
            it.legalUnit = TimeUnit.CALENDAR_DAYS;
        } else if (has(it.main, "工伤认定")) {
            it.legal = 60;
            it.legalUnit = TimeUnit.CALENDAR_DAYS;
        } else if (has(it.main, "劳动人事争议仲裁")) {
            it.legal = 45;
        } else if (has(it.main, "食品经营许可|食品生产许可")) {
            it.legal = 10;
        }
    }

    private static final int[] NICE = {1, 2, 3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 45};

    private static int promised(Item it, Random r) {
        if (it.kind == HandlingKind.IMMEDIATE) {
            return 0;
        }
        if (it.type == ItemType.ADMINISTRATIVE_ADJUDICATION) {
            return it.legal <= 45 ? 40 : 30;
        }
        int legalDays = new TimeLimit(it.legal, it.legalUnit, null).inWorkingDays();
        if (legalDays <= 3) {
            return 1;
        }
        // a promise between a quarter and three quarters of the legal limit, on a "nice" number
        int low = Math.max(1, legalDays / 4);
        int high = Math.max(low, legalDays * 3 / 4);
        List<Integer> options = new ArrayList<>();
        for (int n : NICE) {
            if (n >= low && n <= high) {
                options.add(n);
            }
        }
        if (options.isEmpty()) {
            return Math.max(1, legalDays / 2);
        }
        return options.get(r.nextInt(options.size()));
    }

    /** The next "nice" promised limit above the given one that still respects the legal limit, or -1. */
    static int loosen(Item it, int promised) {
        int legalDays = new TimeLimit(it.legal, it.legalUnit, null).inWorkingDays();
        for (int n : NICE) {
            if (n > promised && n > promised + promised / 4 && n <= legalDays) {
                return n;
            }
        }
        return -1;
    }

    // ================================================================ the guide of a state

    static ServiceGuide build(Item it, State s) {
        int visits = visits(it, s.depth());
        List<Channel> channels = new ArrayList<>();
        channels.add(Channel.WINDOW);
        if (s.depth().compareTo(OnlineDepth.II) >= 0) {
            channels.add(Channel.ONLINE);
        }
        boolean express = it.express && it.kind == HandlingKind.COMMITTED && it.type != ItemType.ADMINISTRATIVE_ADJUDICATION;
        if (express) {
            channels.add(Channel.EXPRESS);
        }
        boolean online = channels.contains(Channel.ONLINE);
        Online onlineInfo = new Online(s.depth(), online ? PORTAL + "/item/" + it.basicCode : null,
                visits > 0 ? onSiteReason(it) : null,
                online && it.appointment || visits > 0 && it.appointment,
                it.fees.charged() && s.depth().compareTo(OnlineDepth.III) >= 0,
                express);

        String unitWord = unitWord(it.promisedUnit);
        TimeLimit legal;
        TimeLimit promised;
        if (it.kind == HandlingKind.IMMEDIATE) {
            legal = new TimeLimit(it.legal, it.legalUnit, "即办件：申请材料齐全、符合法定形式的，当场或1个工作日内办结。");
            promised = new TimeLimit(0, TimeUnit.WORKING_DAYS, "即办，申请材料齐全的当场办结。");
        } else {
            legal = new TimeLimit(it.legal, it.legalUnit, "自受理之日起" + it.legal + unitWord(it.legalUnit) + "内办结。");
            promised = new TimeLimit(s.promised(), it.promisedUnit,
                    "自受理之日起" + s.promised() + unitWord + "内办结" + (it.specialProcedures != null ? "（特别程序时间不计算在内）" : "") + "。");
        }
        Department d = it.dept;
        Handling handling = new Handling(it.conditions, legal, promised, it.kind, List.copyOf(channels), it.specialProcedures,
                visits, d.serviceLocation(), d.officeHours(),
                "咨询电话：" + d.phone() + "（" + d.shortName() + "）；也可拨打12345政务服务便民热线，或登录葫芦岛市政务服务网在线咨询。",
                "监督投诉电话：" + d.complaintPhone() + "；12345政务服务便民热线；葫芦岛市政务服务网“好差评”系统。");
        Authority authority = new Authority(ExerciseLevel.MUNICIPAL, "法定本级行使", it.basis, null);
        return new ServiceGuide(it.name, it.type, it.audience, it.variant == null ? null : it.main, it.variant,
                it.themes, authority, handling, onlineInfo, s.materials(), it.fees, steps(it, s.promised(), s.depth()),
                it.result, faq(it, s, visits), it.intermediary, it.rights, REMEDIES);
    }

    static int visits(Item it, OnlineDepth depth) {
        return switch (depth) {
            case IV -> 0;
            case III -> it.presence ? 1 : 0;
            case II -> 1;
            case I -> it.type == ItemType.ADMINISTRATIVE_LICENSE && (it.basicCode.charAt(11) - '0') % 2 == 0 ? 2 : 1;
        };
    }

    static String unitWord(TimeUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "个工作日";
            case CALENDAR_DAYS -> "日";
            case HOURS -> "小时";
        };
    }

    static String roman(OnlineDepth depth) {
        return switch (depth) {
            case I -> "Ⅰ";
            case II -> "Ⅱ";
            case III -> "Ⅲ";
            case IV -> "Ⅳ";
        };
    }

    private static String onSiteReason(Item it) {
        String t = it.text;
        if (has(t, "身份证|居住证|出入境|护照|往来港澳通行证|往来台湾通行证|签注|签证")) {
            return "需现场采集指纹和照片，并核验身份证件原件。";
        }
        if (has(t, "结婚|离婚|婚姻")) {
            return "需当事人亲自到场，现场核验身份证件、户口簿原件并签署声明书。";
        }
        if (has(t, "驾驶证|驾驶")) {
            return "需现场核验身份证件原件并进行身体条件检查，初次申领和增驾的须参加考试。";
        }
        if (has(t, "户口|户籍|出生登记")) {
            return "需现场核验居民户口簿和身份证件原件。";
        }
        if (has(t, "机动车")) {
            return "需将机动车送至查验区查验车辆，并核验身份证件原件。";
        }
        if (has(t, "教师资格|特种作业")) {
            return "需现场确认本人身份并核验学历、资格证书原件。";
        }
        return switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> "需现场提交纸质申请材料原件并签字确认，配合开展实地核查。";
            case ADMINISTRATIVE_PAYMENT -> "需现场核验身份证件原件并签署家庭经济状况核对授权书。";
            case ADMINISTRATIVE_ADJUDICATION -> "需当事人到场陈述意见、提交证据原件并签收法律文书。";
            case ADMINISTRATIVE_REWARD -> "需本人到场核验身份证件原件并签收奖励文书。";
            default -> "需现场核验身份证件原件。";
        };
    }

    // ================================================================ conditions

    private static final String[][] ITEM_CONDITIONS = {
        {"驾驶证核发", "申请人年龄、身体条件符合《机动车驾驶证申领和使用规定》的要求，且无不得申请机动车驾驶证的情形。"},
        {"居民身份证", "申请人为常住户口在本市的中国公民。"},
        {"户口迁移", "符合葫芦岛市户口迁移政策规定的落户条件，迁入地有合法稳定住所。"},
        {"最低生活保障", "家庭人均收入低于葫芦岛市最低生活保障标准，且家庭财产状况符合规定。"},
        {"特困人员", "无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或其义务人无履行能力。"},
        {"住房公积金个人住房贷款", "借款人连续足额缴存住房公积金满6个月，且借款人及配偶无未结清的住房公积金贷款。"},
        {"规划", "建设项目符合国土空间总体规划和详细规划（规划条件）的要求。"},
        {"食品经营", "具有与经营的食品品种、数量相适应的经营场所和设备设施，并与有毒、有害场所以及其他污染源保持规定的距离。"},
        {"企业登记|个体工商户登记", "名称、住所（经营场所）、经营范围等登记事项符合《中华人民共和国市场主体登记管理条例》的规定。"},
        {"社会保障卡", "已在本市参加社会保险，并完成身份信息采集。"},
        {"医疗保险|医保|就医|慢特病|医疗费用", "已参加葫芦岛市基本医疗保险，且处于正常参保缴费状态。"},
        {"养老保险待遇", "达到法定退休年龄，且累计缴费年限满15年。"},
        {"失业保险金", "失业前用人单位和本人已缴纳失业保险费满1年，非因本人意愿中断就业，且已进行失业登记并有求职要求。"},
        {"工伤认定", "职工发生事故伤害或被诊断、鉴定为职业病，并在规定期限内提出工伤认定申请。"},
        {"环境影响评价", "建设项目符合生态环境分区管控要求，环境影响评价文件编制规范、结论明确。"},
        {"施工许可", "已办理用地、规划许可手续，施工图设计文件已按规定审查合格，建设资金已经落实。"},
        {"危险化学品", "经营和储存场所、设施、建筑物符合国家标准，并有健全的安全管理制度和岗位操作规程。"},
        {"教师资格", "具备《中华人民共和国教师法》规定的相应学历，普通话水平达到国家规定标准，身体条件符合要求。"},
        {"医师执业", "已取得医师资格，并经拟执业的医疗卫生机构同意聘用。"},
        {"护士执业", "已取得护士执业资格考试合格证明，并符合国务院卫生主管部门规定的健康标准。"},
        {"取水", "取水符合水资源规划、水量分配方案和用水总量控制要求。"},
    };

    private static List<String> conditions(Item it, Random r) {
        String m = it.main;
        List<String> base = new ArrayList<>();
        switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> {
                base.add(switch (it.audience) {
                    case PERSON -> "申请人为具有完全民事行为能力的自然人，持有有效居民身份证件。";
                    case LEGAL_ENTITY -> "申请人为依法设立的企业、事业单位或其他组织，能够独立承担法律责任。";
                    default -> "申请人为依法设立的单位或具有完全民事行为能力的自然人。";
                });
                base.add("申请事项符合" + it.law + "等法律法规规定的条件和标准。");
                base.add(r.nextBoolean() ? "申请材料齐全、符合法定形式，申请人对申请材料实质内容的真实性负责。"
                        : "申请人未因隐瞒有关情况或者提供虚假材料申请" + m + "被不予受理或者不予许可未满一年。");
            }
            case ADMINISTRATIVE_CONFIRMATION -> {
                base.add("申请人为" + m + "所涉事项的当事人，或其法定代理人、委托代理人。");
                base.add("申请确认的事实清楚，能够提供真实、有效的证明材料。");
                base.add("符合" + it.law + "规定的确认情形。");
            }
            case ADMINISTRATIVE_ADJUDICATION -> {
                base.add("申请人是与争议事项有直接利害关系的公民、法人或者其他组织。");
                base.add("有明确的被申请人、具体的裁决请求和事实根据。");
                base.add("属于本机关的管辖范围，并在法定期限内提出申请。");
            }
            case ADMINISTRATIVE_PAYMENT -> {
                base.add(it.audience == Audience.PERSON
                        ? "申请人具有葫芦岛市户籍或在本市居住、参保，属于" + it.core + "的保障对象。"
                        : "申请人为在本市从事相关生产经营的个人或组织，属于" + it.core + "的扶持对象。");
                base.add("申请人的收入、财产或身份等情况符合国家和辽宁省规定的" + it.core + "条件。");
                base.add("申请人如实申报有关情况，并授权开展信息核对。");
            }
            case ADMINISTRATIVE_REWARD -> {
                if (has(m, "举报")) {
                    base.add("举报事项经查证属实，且在立案查处前举报人未公开举报信息。");
                    base.add("举报人提供真实姓名和有效联系方式，匿名举报的能够提供可辨识的举报凭证。");
                    base.add("举报人不属于对举报事项负有法定监管职责的人员。");
                } else {
                    base.add("申报单位或个人在葫芦岛市行政区域内注册或工作，近三年无严重失信记录。");
                    base.add("申报项目或事迹符合" + m + "评审办法规定的条件。");
                    base.add("按规定程序推荐，并在申报期内提交完整的申报材料。");
                }
            }
            case ADMINISTRATIVE_FILING -> {
                base.add("备案主体依法设立或具有完全民事行为能力，具备开展相关活动的基本条件。");
                base.add("已按照" + it.law + "等规定完成应当在备案前办理的手续。");
                base.add("备案材料真实、完整、有效。");
            }
            case OTHER_ADMINISTRATIVE_POWER -> {
                base.add("申请事项属于葫芦岛市本级权限范围。");
                base.add("申请事项符合" + it.law + "和国家、辽宁省相关规定。");
                base.add("申请材料齐全、符合规定要求。");
            }
            default -> {
                base.add("申请人为服务对象本人或其委托代理人，能够提供有效身份证明。");
                base.add("申请事项属于" + it.dept.shortName() + "提供的" + m + "服务范围。");
                if (r.nextBoolean()) {
                    base.add("如实提供与" + m + "相关的基础信息，并对信息的真实性负责。");
                }
            }
        }
        String specific = null;
        for (String[] rule : ITEM_CONDITIONS) {
            if (has(m, rule[0])) {
                specific = rule[1];
                break;
            }
        }
        String variantCondition = variantCondition(it);
        List<String> list = new ArrayList<>();
        list.add(base.get(0));
        if (specific != null) {
            list.add(specific);
        }
        if (variantCondition != null) {
            list.add(variantCondition);
        }
        for (int i = 1; i < base.size() && list.size() < 4; i++) {
            list.add(base.get(i));
        }
        return List.copyOf(list);
    }

    private static String variantCondition(Item it) {
        if (it.variant == null) {
            return null;
        }
        String v = it.variant;
        String m = it.main;
        if (has(m, "结婚") || v.equals("结婚登记")) {
            return "男女双方完全自愿，达到法定婚龄，双方均无配偶，且无禁止结婚的亲属关系。";
        }
        if (v.equals("离婚登记")) {
            return "双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致，签订书面离婚协议。";
        }
        if (has(v, "购房提取")) {
            return "职工购买、建造、翻建、大修自住住房。";
        }
        if (has(v, "租房提取")) {
            return "职工及配偶在本市无自有住房且租赁住房自住。";
        }
        if (has(v, "退休提取")) {
            return "职工已办理退休手续。";
        }
        if (has(v, "离职提取")) {
            return "职工与单位终止劳动关系，住房公积金账户封存满6个月且未重新就业。";
        }
        if (has(v, "还贷提取")) {
            return "职工及配偶正在偿还自住住房贷款本息。";
        }
        if (has(v, "变更")) {
            String held = it.result != null && it.result.type() == Result.Type.CERTIFICATE ? it.result.name() : "相关批准文件或登记";
            return "已依法取得" + held + "，且记载事项发生变化需要变更。";
        }
        if (has(v, "延续|延期|年审|校验")) {
            return "在有效期届满30日前提出申请，且有效期内遵守相关法律法规、无重大违法违规记录。";
        }
        if (has(v, "注销|终止|退出")) {
            return "出现依法应当注销（终止）的情形，相关债权债务及后续事项已处理完毕。";
        }
        if (has(v, "补") || has(v, "挂失")) {
            return "原证件遗失、被盗或损毁，需要补领（挂失）。";
        }
        if (has(v, "换")) {
            return "原证件有效期届满、损坏或记载事项变化，需要换领。";
        }
        if (has(v, "首次|初次|新办|设立|新立|成立|筹设|开户|申请|迁入")) {
            return null;
        }
        String[][] known = {
            {"城市", "申请人持有本市城镇居民户口，并在城市居住。"},
            {"农村", "申请人持有本市农村居民户口，并在农村居住。"},
            {"投靠", "投靠对象为在本市有合法稳定住所的直系亲属（夫妻、父母、子女）。"},
            {"人才引进", "符合葫芦岛市人才引进落户条件，已与本市用人单位签订劳动（聘用）合同或在本市创业。"},
            {"迁出", "拟迁往地户口登记机关同意迁入，或符合户口迁移“一站式”办理条件。"},
            {"普通护照|往来港澳通行证|往来台湾通行证", "申请人为中国公民，且无法律规定不准出境的情形。"},
            {"高级中学|中等职业学校", "申请人具备申请" + v + "教师资格所要求的学历，并通过相应的教师资格考试。"},
        };
        for (String[] k : known) {
            if (has(v, k[0])) {
                return k[1];
            }
        }
        return "申请人属于“" + v + "”情形，并符合该情形的办理要求。";
    }

    // ================================================================ materials

    private static Material m(String name, Kind kind, Form form, Necessity necessity, Source source, Integer copies,
            String spec, String notes) {
        return new Material(name, kind, form, necessity, source, copies, spec, null, null, notes, null, null);
    }

    private static Material paper(String name, Kind kind, Necessity necessity, Source source, int copies, String notes) {
        return m(name, kind, Form.PAPER, necessity, source, copies, "A4纸张", notes);
    }

    private static List<Material> materials(Item it, Random r) {
        List<Material> list = new ArrayList<>();
        String m = it.main;
        boolean founding = has(it.text, "设立|筹设|成立|新立|开户") && it.audience != Audience.PERSON;
        // application form
        String formName = switch (it.type) {
            case ADMINISTRATIVE_ADJUDICATION -> "行政裁决申请书";
            case ADMINISTRATIVE_FILING -> "《" + m + "表》";
            case ADMINISTRATIVE_PAYMENT -> "《" + it.core + "申请审批表》";
            case ADMINISTRATIVE_REWARD -> has(m, "举报") ? "《举报奖励申请表》" : "《" + m + "申报书》";
            default -> m.endsWith("申请") ? "《" + m + "表》" : "《" + m + "申请表》";
        };
        list.add(new Material(formName, Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.APPLICANT, 1,
                "A4纸张", "可在葫芦岛市政务服务网下载，或在窗口免费领取", "示范文本见大厅公示栏及政务服务网",
                "如实填写，由申请人签字（单位加盖公章）；网上申请的在线填报。", "内容完整、签章齐全", null));
        // identity
        if (it.audience == Audience.PERSON) {
            list.add(new Material("申请人居民身份证", Kind.ORIGINAL, Form.PAPER, Necessity.REQUIRED, Source.GOVERNMENT, 1,
                    "原件", null, null, "现场核验后退还；网上申请的通过电子证照核验，免于提交。", "证件在有效期内", null));
        } else if (founding) {
            list.add(paper("法定代表人（负责人）身份证件及拟设立单位名称自主申报信息", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1,
                    "身份证件复印件需本人签字。"));
        } else if (it.audience == Audience.LEGAL_ENTITY) {
            list.add(new Material("营业执照（或事业单位法人证书、社会团体法人登记证书）", Kind.COPY, Form.PAPER_OR_ELECTRONIC,
                    Necessity.REQUIRED, Source.GOVERNMENT, 1, "A4纸张", null, null,
                    "可通过电子营业执照或政务数据共享获取，获取成功的免于提交。", "加盖单位公章", null));
        } else {
            list.add(paper("申请人身份证明（个人提供居民身份证，单位提供营业执照）", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED,
                    Source.GOVERNMENT, 1, "原件核验后退还，复印件留存。"));
        }
        List<Material> specific = specificMaterials(it);
        if (!specific.isEmpty()) {
            list.addAll(specific);
        } else {
            list.addAll(typeMaterials(it, r));
        }
        Material variantMaterial = variantMaterial(it);
        if (variantMaterial != null) {
            list.add(variantMaterial);
        }
        if (list.size() < 5 && it.audience != Audience.PERSON && it.type != ItemType.PUBLIC_SERVICE && r.nextInt(3) == 0) {
            list.add(paper("授权委托书及经办人身份证件", Kind.ORIGINAL, Necessity.OPTIONAL, Source.APPLICANT, 1,
                    "委托他人办理时提供，委托书须载明委托事项和权限。"));
        } else if (list.size() < 5 && it.audience == Audience.PERSON && r.nextInt(4) == 0) {
            list.add(paper("委托书及受托人身份证件", Kind.ORIGINAL, Necessity.OPTIONAL, Source.APPLICANT, 1,
                    "本人无法到场、委托他人代办时提供。"));
        }
        while (list.size() > 5) {
            list.remove(list.size() - 1);
        }
        return List.copyOf(list);
    }

    private static List<Material> typeMaterials(Item it, Random r) {
        List<Material> list = new ArrayList<>();
        switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> {
                if (it.audience == Audience.PERSON) {
                    list.add(m("近期一寸白底免冠彩色照片", Kind.ORIGINAL, Form.PAPER, Necessity.REQUIRED, Source.APPLICANT, 2,
                            "一寸（25mm×35mm）", "已采集数码照片的可免于提交。"));
                    list.add(paper("相关资格、学历或培训合格证明", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.OTHER, 1,
                            "原件核验后退还。"));
                } else {
                    list.add(paper("经营（办公）场所使用证明（不动产权证书或租赁合同）", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1,
                            "租赁场所的提供租赁合同，租期不少于一年。"));
                    if (r.nextBoolean()) {
                        list.add(paper("专业技术人员资格证明及相关管理制度文本", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1,
                                "复印件加盖单位公章。"));
                    } else {
                        list.add(paper("主要设施设备清单及布局平面图", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1,
                                "平面图应标明功能分区和面积。"));
                    }
                }
            }
            case ADMINISTRATIVE_CONFIRMATION -> list.add(paper("与确认事项相关的证明材料", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED,
                    Source.OTHER, 1, "原件核验后退还，复印件留存。"));
            case ADMINISTRATIVE_ADJUDICATION -> {
                list.add(paper("证据材料及证据清单", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 2,
                        "按被申请人人数另行提交副本。"));
                list.add(paper("被申请人基本情况（名称或姓名、住所、联系方式）", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, null));
            }
            case ADMINISTRATIVE_PAYMENT -> {
                if (it.audience == Audience.PERSON) {
                    list.add(paper("居民户口簿", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1,
                            "原件核验后退还；可通过政务数据共享核验的免于提交。"));
                    list.add(paper("本人社会保障卡或银行账户信息", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1,
                            "用于资金发放，须为申请人本人账户。"));
                } else {
                    list.add(paper("银行基本存款账户信息", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1, "用于资金拨付。"));
                    list.add(paper("相关生产经营情况证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, null));
                }
            }
            case ADMINISTRATIVE_REWARD -> {
                if (has(it.main, "举报")) {
                    list.add(m("举报线索及相关证明材料", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.OPTIONAL, Source.APPLICANT, 1,
                            "A4纸张", "已在举报时提交的无需重复提交。"));
                    list.add(paper("本人银行账户信息", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1, "用于奖金发放。"));
                } else {
                    list.add(paper("申报项目或事迹佐证材料", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 2, "胶装成册。"));
                    list.add(paper("推荐单位推荐意见", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, "加盖推荐单位公章。"));
                }
            }
            case ADMINISTRATIVE_FILING -> list.add(m("与备案事项相关的证明文件", Kind.COPY, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED,
                    Source.APPLICANT, 1, "A4纸张", "复印件加盖单位公章或由本人签字。"));
            case OTHER_ADMINISTRATIVE_POWER -> list.add(paper("事项说明及相关论证材料", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 2,
                    "需加盖单位公章。"));
            default -> {
                if (r.nextBoolean()) {
                    list.add(m("与" + it.main + "相关的证明材料", Kind.ORIGINAL_AND_COPY, Form.PAPER_OR_ELECTRONIC,
                            Necessity.OPTIONAL, Source.OTHER, 1, "A4纸张", "根据具体情形提供。"));
                }
            }
        }
        return list;
    }

    private static List<Material> specificMaterials(Item it) {
        String t = it.text;
        String m = it.main;
        List<Material> list = new ArrayList<>();
        if (has(m, "驾驶证核发")) {
            list.add(m("机动车驾驶人身体条件证明", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.OTHER, 1,
                    "A4纸张", "由县级以上医疗机构或经公安机关交通管理部门备案的医疗机构出具，已上传电子体检信息的免于提交。"));
            if (it.isVariant("换证|补证|增驾")) {
                list.add(paper("原机动车驾驶证", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "补证的无需提交。"));
            }
        } else if (has(m, "居民身份证")) {
            list.add(paper("居民户口簿", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "核验后退还。"));
        } else if (has(m, "户口|出生登记|户籍")) {
            list.add(paper("居民户口簿", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "核验后退还。"));
            if (has(m, "户口迁移")) {
                list.add(paper("落户依据材料（房产证明、投靠关系证明或人才引进证明等）", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED,
                        Source.OTHER, 1, "按迁移类型提供相应证明。"));
            } else if (has(m, "出生登记")) {
                list.add(paper("出生医学证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "核验后退还。"));
            }
        } else if (has(m, "机动车登记|机动车号牌")) {
            list.add(paper("机动车来历证明（购车发票或二手车交易发票）", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, null));
            list.add(m("机动车交通事故责任强制保险凭证", Kind.ELECTRONIC, Form.ELECTRONIC, Necessity.REQUIRED, Source.OTHER, null,
                    null, "已实现电子保单信息共享的免于提交。"));
        } else if (has(m, "不动产登记")) {
            list.add(paper("不动产权属来源证明（不动产权证书、购房合同或继承、赠与证明等）", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED,
                    Source.OTHER, 1, "原件核验后退还。"));
            if (it.isVariant("首次|转移")) {
                list.add(paper("不动产权籍调查成果", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, "由具备资质的测绘机构出具。"));
            }
        } else if (has(m, "企业登记|个体工商户登记|合作社登记")) {
            list.add(paper("住所（经营场所）使用证明", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1,
                    "可通过不动产登记信息共享核验的免于提交。"));
            if (has(m, "企业登记")) {
                list.add(paper("公司章程（公司类企业）", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, "全体股东签字（盖章）。"));
            }
        } else if (has(m, "食品经营|食品生产")) {
            list.add(paper("与食品经营相适应的设备布局和工艺流程文件", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, null));
            list.add(paper("食品安全管理制度", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, "包括进货查验、从业人员健康管理等制度。"));
        } else if (has(m, "社会保障卡")) {
            list.add(m("近期一寸白底免冠彩色照片", Kind.ELECTRONIC, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.APPLICANT, 1,
                    "一寸（25mm×35mm）", "可在服务网点现场拍照或通过“辽事通”App上传。"));
        } else if (has(m, "医疗费用")) {
            list.add(m("医保电子凭证或社会保障卡", Kind.ELECTRONIC, Form.ELECTRONIC, Necessity.REQUIRED, Source.GOVERNMENT, null,
                    null, "用于身份核验及医保待遇结算。"));
            list.add(paper("医疗费用原始票据、费用明细清单及出院小结", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1,
                    "票据须加盖医疗机构收费专用章。"));
        } else if (has(m, "医疗保险|医保|就医|慢特病")) {
            list.add(m("医保电子凭证或社会保障卡", Kind.ELECTRONIC, Form.ELECTRONIC, Necessity.REQUIRED, Source.GOVERNMENT, null,
                    null, "用于身份核验及医保待遇结算。"));
            if (has(m, "慢特病")) {
                list.add(paper("二级及以上定点医疗机构出具的诊断证明及相关检查报告", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED,
                        Source.OTHER, 1, null));
            }
        } else if (has(m, "住房公积金提取")) {
            list.add(paper(switch (it.variant == null ? "" : it.variant) {
                case "购房提取" -> "购房合同及购房发票";
                case "租房提取" -> "房屋租赁合同（已办理租赁备案的免于提交）";
                case "退休提取" -> "退休证明";
                case "离职提取" -> "解除或终止劳动关系证明";
                default -> "借款合同及近期还款明细";
            }, Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.OTHER, 1, "原件核验后退还。"));
            list.add(paper("本人银行卡（住房公积金联名卡）", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1, "提取资金转入本人账户。"));
        } else if (has(m, "住房公积金个人住房贷款")) {
            list.add(paper("借款人及配偶婚姻状况证明", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
            list.add(paper("购房合同及首付款凭证", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.OTHER, 1, null));
        } else if (has(m, "公积金")) {
            list.add(m("住房公积金缴存明细或单位缴存人员清册", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED,
                    Source.APPLICANT, 1, "A4纸张", "单位办理的加盖公章。"));
        } else if (has(m, "建设工程规划|乡村建设规划|修建性详细规划|设计方案")) {
            list.add(m("建设工程设计方案（总平面图及建筑平面、立面、剖面图）", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC,
                    Necessity.REQUIRED, Source.OTHER, 2, "A3图幅，加盖设计单位出图章", "由具备相应资质的设计单位编制。"));
            list.add(paper("土地权属证明（不动产权证书或国有土地使用权出让合同）", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1,
                    "可通过不动产登记信息共享核验的免于提交。"));
        } else if (has(m, "用地规划|选址|规划条件|用地")) {
            list.add(paper("建设项目批准、核准或备案文件", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
            list.add(m("标注拟用地范围的地形图", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.OTHER, 1,
                    "1:500或1:1000地形图", "采用2000国家大地坐标系。"));
        } else if (has(m, "环境影响评价")) {
            list.add(m("建设项目环境影响报告书（表）", Kind.ORIGINAL, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.OTHER, 2,
                    "A4纸张，胶装", "由具备相应技术能力的单位编制，并同时提交电子版。"));
        } else if (has(t, "结婚")) {
            list.add(paper("本人户口簿", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "核验后退还。"));
            list.add(m("近期半身免冠合影照片", Kind.ORIGINAL, Form.PAPER, Necessity.REQUIRED, Source.APPLICANT, 3,
                    "2寸（35mm×49mm）", "红色背景。"));
        } else if (has(t, "离婚登记")) {
            list.add(paper("本人户口簿及结婚证", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "核验后退还。"));
            list.add(paper("双方当事人共同签署的离婚协议书", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 3, null));
        } else if (has(m, "最低生活保障|特困|临时救助|低保边缘")) {
            list.add(paper("家庭成员收入及财产状况申报表", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, "家庭成员均需签字。"));
            list.add(paper("家庭经济状况核对授权书", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, null));
        } else if (has(m, "工伤认定")) {
            list.add(paper("劳动关系证明（劳动合同或其他证明材料）", Kind.COPY, Necessity.REQUIRED, Source.OTHER, 1, null));
            list.add(paper("医疗诊断证明书或职业病诊断证明书", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, null));
        } else if (has(m, "出入境证件|签注")) {
            list.add(m("近期彩色证件照片", Kind.ELECTRONIC, Form.PAPER_OR_ELECTRONIC, Necessity.REQUIRED, Source.APPLICANT, 1,
                    "符合出入境证件相片标准", "可在出入境接待大厅免费现场采集。"));
        } else if (has(m, "教师资格")) {
            list.add(paper("学历证书", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, "可在线核验的免于提交。"));
            list.add(paper("教师资格认定体检合格证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, "由指定医院出具。"));
        } else if (has(m, "医师执业|护士执业|乡村医生")) {
            list.add(paper("执业资格证书或考试合格证明", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
            list.add(paper("近6个月内的健康体检证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, null));
        } else if (has(m, "施工许可")) {
            list.add(paper("中标通知书或直接发包批准文件", Kind.COPY, Necessity.REQUIRED, Source.OTHER, 1, null));
            list.add(paper("施工图设计文件审查合格书", Kind.COPY, Necessity.DEFERRABLE, Source.OTHER, 1,
                    "可容缺受理，在发证前补齐。"));
        } else if (has(m, "危险化学品|烟花爆竹")) {
            list.add(paper("安全评价报告", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, "由具备资质的安全评价机构出具。"));
            list.add(paper("安全生产管理制度和岗位操作规程", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1, null));
        } else if (has(m, "出生医学证明")) {
            list.add(paper("父母双方居民身份证", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
        } else if (has(m, "转学|入学|学籍")) {
            list.add(paper("居民户口簿或居住证", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
        } else if (has(m, "道路旅客运输|道路货物运输|出租汽车|客运|货运")) {
            list.add(paper("拟投入车辆承诺书及车辆技术等级证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, null));
            list.add(paper("驾驶人员从业资格证", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null));
        } else if (has(m, "取水")) {
            list.add(paper("建设项目水资源论证报告", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 2, null));
        }
        return list;
    }

    private static Material variantMaterial(Item it) {
        if (it.variant == null) {
            return null;
        }
        String v = it.variant;
        if (has(v, "变更")) {
            return paper("变更事项相关证明材料", Kind.ORIGINAL_AND_COPY, Necessity.REQUIRED, Source.OTHER, 1, "原件核验后退还。");
        }
        if (has(v, "延续|延期|校验|年审")) {
            return paper("原证照正、副本", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, null);
        }
        if (has(v, "注销|终止|退出")) {
            return paper("原证照正、副本（遗失的提交遗失声明）", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, null);
        }
        if (has(v, "补") || has(v, "挂失")) {
            return paper("遗失或损毁情况说明", Kind.ORIGINAL, Necessity.REQUIRED, Source.APPLICANT, 1, "本人签字。");
        }
        if (has(v, "换")) {
            return paper("原证件", Kind.ORIGINAL, Necessity.REQUIRED, Source.GOVERNMENT, 1, "办理时收回。");
        }
        return null;
    }

    /** A material an older version still asked for (removed later to cut red tape). */
    static Material formerMaterial(Item it) {
        if (it.audience == Audience.PERSON) {
            return switch ((int) (Math.abs((long) it.name.hashCode()) % 3)) {
                case 0 -> paper("居民户口簿复印件", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, null);
                case 1 -> paper("户籍所在地村（居）委会出具的证明", Kind.ORIGINAL, Necessity.REQUIRED, Source.OTHER, 1, null);
                default -> paper("居民身份证复印件", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 2, "正反面复印在同一页。");
            };
        }
        return switch ((int) (Math.abs((long) it.name.hashCode()) % 3)) {
            case 0 -> paper("组织机构代码证复印件", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, "加盖单位公章。");
            case 1 -> paper("税务登记证复印件", Kind.COPY, Necessity.REQUIRED, Source.GOVERNMENT, 1, "加盖单位公章。");
            default -> paper("法定代表人身份证复印件", Kind.COPY, Necessity.REQUIRED, Source.APPLICANT, 1, "加盖单位公章。");
        };
    }

    // ================================================================ fees

    private static final String TRAFFIC_FEES = "《国家发展改革委 财政部关于公安交通管理收费标准及有关问题的通知》（发改价格〔2004〕2831号）";
    private static final String EXIT_FEES = "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）";
    private static final String PROVINCE_LIST = "《辽宁省行政事业性收费目录清单》及辽宁省发展改革委、财政厅核定的收费标准";

    private static Fees fees(Item it) {
        String m = it.main;
        String v = it.variant == null ? "" : it.variant;
        if (has(m, "居民身份证办理")) {
            boolean temp = v.contains("临时");
            return charged("《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）",
                    new Fee(temp ? "临时居民身份证工本费" : "居民身份证工本费", temp ? "每证10元" : "每证20元",
                            "发改价格〔2003〕2322号", !temp, temp ? null : "城市最低生活保障对象和农村特殊生活困难居民初次申领、换领居民身份证的，免收工本费。"));
        }
        if (has(m, "机动车驾驶证核发")) {
            return charged(TRAFFIC_FEES, new Fee("机动车驾驶证工本费", "每证10元", "发改价格〔2004〕2831号", false, null));
        }
        if (has(m, "机动车登记") && has(v, "注册登记|转移登记") || has(m, "机动车号牌行驶证补换领")) {
            return charged(TRAFFIC_FEES,
                    new Fee("机动车号牌工本费", "汽车号牌每副100元，摩托车号牌每副35元", "发改价格〔2004〕2831号", false, null),
                    new Fee("机动车行驶证工本费", "每证10元", "发改价格〔2004〕2831号", false, null));
        }
        if (has(m, "机动车登记") && has(v, "变更登记")) {
            return charged(TRAFFIC_FEES, new Fee("机动车行驶证工本费", "每证10元（需换发行驶证的）", "发改价格〔2004〕2831号", false, null));
        }
        if (has(m, "出入境证件办理")) {
            String standard = switch (v) {
                case "普通护照" -> "每本120元";
                case "往来港澳通行证" -> "电子往来港澳通行证每证60元";
                default -> "电子往来台湾通行证每证60元";
            };
            return charged(EXIT_FEES, new Fee(v + "工本费", standard, "发改价格〔2019〕914号", false, null));
        }
        if (has(m, "出入境证件签注")) {
            return charged(EXIT_FEES, new Fee("往来港澳台签注费", "一次有效签注每件15元，二次有效签注每件30元", "发改价格〔2019〕914号", false, null));
        }
        if (has(m, "不动产登记") && has(v, "首次登记|转移登记|抵押登记|预告登记")) {
            String basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）";
            String reduction = "《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）：小微企业等按规定免收。";
            return charged(basis,
                    new Fee("不动产登记费（住宅类）", "每件80元（含第一本证书工本费）", "发改价格规〔2016〕2559号", true, reduction),
                    new Fee("不动产登记费（非住宅类）", "每件550元（含第一本证书工本费）", "发改价格规〔2016〕2559号", true, reduction));
        }
        if (has(m, "防空地下室易地建设")) {
            return charged("《国家计委 财政部 国家国防动员委员会 建设部关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）",
                    new Fee("防空地下室易地建设费", "按应建防空地下室面积和辽宁省核定的标准收取", "计价格〔2000〕474号", true,
                            "按国家和辽宁省规定对符合条件的建设项目减免。"));
        }
        if (has(m, "占用城市道路许可")) {
            return charged("《城市道路管理条例》第三十七条",
                    new Fee("城市道路占用费", "按占用面积、期限和道路等级，依辽宁省核定的标准计收", PROVINCE_LIST, false, null));
        }
        if (has(m, "城市道路挖掘许可")) {
            return charged("《城市道路管理条例》第三十七条",
                    new Fee("城市道路挖掘修复费", "按挖掘面积和路面结构，依辽宁省核定的标准计收", PROVINCE_LIST, false, null));
        }
        if (has(m, "商标注册申请受理")) {
            return charged(EXIT_FEES, new Fee("受理商标注册费", "纸质申请每件300元（限定本类10个商品），网上申请每件270元", "发改价格〔2019〕914号",
                    true, "小微企业按规定享受相关优惠。"));
        }
        if (has(m, "普通话水平测试报名|会计专业技术资格考试|医师资格考试|普通高等学校招生考试报名")) {
            return charged(PROVINCE_LIST, new Fee(has(m, "普通话") ? "普通话水平测试费" : "考试费", "按辽宁省核定的标准收取，报名时在线缴纳",
                    PROVINCE_LIST, has(m, "高等学校"), has(m, "高等学校") ? "建档立卡等家庭经济困难考生按规定减免。" : null));
        }
        if (has(m, "特种设备作业人员资格认定|从业人员预防性健康检查")) {
            return charged(PROVINCE_LIST, new Fee(has(m, "健康检查") ? "健康检查费" : "考试费",
                    "按辽宁省核定的标准收取", PROVINCE_LIST, false, null));
        }
        return new Fees(false, null, List.of());
    }

    private static Fees charged(String basis, Fee... items) {
        return new Fees(true, basis, List.of(items));
    }

    // ================================================================ result

    private static final java.util.regex.Pattern REISSUE = java.util.regex.Pattern.compile("(.*(证书|执照|证))(补发|换发|补领|换领|补办).*");

    private static Result result(Item it) {
        String m = it.main;
        String v = it.variant == null ? "" : it.variant;
        if (has(v, "注销|终止|退出") && !has(m, "不动产|机动车登记")) {
            return approval("准予注销通知书");
        }
        Result special = specialResult(m, v);
        if (special != null) {
            return special;
        }
        java.util.regex.Matcher reissue = REISSUE.matcher(m);
        if (reissue.matches()) {
            return certificate(reissue.group(1));
        }
        switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> {
                if (m.endsWith("核发")) {
                    String r = m.substring(0, m.length() - 2);
                    return certificate(r.endsWith("证") || r.endsWith("证书") || r.endsWith("牌") || r.endsWith("标志") || r.endsWith("证明") ? r : r + "证");
                }
                if (m.contains("资质")) {
                    return certificate(m.replaceAll("(核准|核定|认定|审批)$", "") + "证书");
                }
                if (m.endsWith("许可") && !has(m, "活动|审批|施工作业|公路建设|涉路|单位许可")) {
                    return certificate(m + "证");
                }
                if (m.endsWith("登记")) {
                    return certificate(m + "证");
                }
                if (m.endsWith("证")) {
                    return certificate(m);
                }
                return approval("准予行政许可决定书（" + m + "）");
            }
            case ADMINISTRATIVE_CONFIRMATION -> {
                String base = m.replaceAll("（[^）]*）$", "");
                if (base.endsWith("认定") || base.endsWith("评定") || base.endsWith("鉴定")) {
                    return approval(base + "决定书");
                }
                if (base.endsWith("复核")) {
                    return approval(base + "结论");
                }
                if (base.endsWith("称号授予")) {
                    return certificate(base.replace("称号授予", "") + "等级证书");
                }
                if (base.endsWith("审批") || base.endsWith("审核") || base.endsWith("确认") || base.endsWith("考核")) {
                    return approval(base + "结果通知书");
                }
                if (base.endsWith("登记")) {
                    return certificate(base + "证明");
                }
                return other(m + "确认结果告知书");
            }
            case ADMINISTRATIVE_ADJUDICATION -> {
                return approval(has(m, "投诉") ? "投诉处理决定书" : "行政裁决书");
            }
            case ADMINISTRATIVE_PAYMENT -> {
                String core = m.replaceAll("(审批|申领|发放|申报|核准)$", "");
                return other(core + (core.endsWith("待遇") ? "" : "待遇") + "核定通知书（资金按规定发放至" + (it.audience == Audience.PERSON ? "申请人社会保障卡或银行账户" : "申请人银行账户") + "）");
            }
            case ADMINISTRATIVE_REWARD -> {
                return has(m, "举报") ? other("举报奖励决定书及奖金") : certificate(m.replaceAll("(评审|认定|评定)$", "") + "荣誉证书");
            }
            case ADMINISTRATIVE_FILING -> {
                return other(m + "回执");
            }
            case OTHER_ADMINISTRATIVE_POWER -> {
                if (m.endsWith("审验")) {
                    return approval(m + "结论");
                }
                if (m.endsWith("验收")) {
                    return approval(m + "意见");
                }
                if (has(m, "年度检查")) {
                    return approval(m.replaceAll("(年度检查考核|年度检查)$", "") + "年度检查结论");
                }
                if (m.endsWith("移出")) {
                    return approval(m + "决定书");
                }
                if (m.endsWith("出具")) {
                    return other(m.substring(0, m.length() - 2) + "（书面文件）");
                }
                if (m.endsWith("认定")) {
                    return approval(m + "结论书");
                }
                if (m.endsWith("初审")) {
                    return approval(m + "意见");
                }
                if (m.endsWith("复核") || m.endsWith("审查") || m.endsWith("指导") || m.endsWith("核查") || m.endsWith("核实")) {
                    return approval(m + "意见书");
                }
                return approval(m.replaceAll("(审批|审核|核定)$", "") + "批复文件");
            }
            default -> {
                String core = m.replaceAll("(办理|开具|申领|补办|打印|下载)$", "");
                if (core.endsWith("证明") || core.endsWith("证明书") || core.endsWith("卡") || core.endsWith("证") || core.endsWith("凭证")
                        || core.endsWith("执照")) {
                    return certificate(core);
                }
                if (m.endsWith("受理")) {
                    return other(m + "通知书");
                }
                if (has(m, "查询|查阅")) {
                    return other("查询结果（当场出具或在线提供）");
                }
                if (has(m, "咨询|热线")) {
                    return other("答复意见（电话、网络或书面答复）");
                }
                if (has(m, "预约")) {
                    return other("预约成功凭证（短信或电子凭证）");
                }
                if (has(m, "报名")) {
                    return other("报名确认信息（准考证按规定时间在线打印）");
                }
                if (has(m, "投诉|举报|信访|诉求")) {
                    return other("处理意见（书面或电子答复）");
                }
                return other(m + "结果告知（书面或电子方式）");
            }
        }
    }

    private static Result specialResult(String m, String v) {
        String[][] certificates = {
            {"机动车驾驶证核发", "机动车驾驶证"},
            {"特种作业人员操作资格认定", "特种作业操作证"},
            {"机动车登记", "机动车登记证书"},
            {"机动车号牌行驶证补换领", "机动车号牌、行驶证"},
            {"社会团体登记", "社会团体法人登记证书"},
            {"医疗机构执业登记", "医疗机构执业许可证"},
            {"教师资格认定", "教师资格证书"},
            {"医师执业注册", "医师执业证书"},
            {"护士执业注册", "护士执业证书"},
            {"乡村医生执业注册", "乡村医生执业证书"},
            {"民办学校设立|校外培训机构设立|民办职业培训学校设立", "办学许可证"},
            {"旅行社设立", "旅行社业务经营许可证"},
            {"采矿权审批", "采矿许可证"},
            {"代理记账机构审批", "代理记账许可证书"},
            {"基层法律服务工作者执业核准", "基层法律服务工作者执业证"},
            {"基层法律服务所设立核准", "基层法律服务所执业证"},
            {"建设项目用地预审与选址", "建设项目用地预审与选址意见书"},
            {"特种设备作业人员", "特种设备安全管理和作业人员证"},
            {"港澳台居民居住证", "港澳台居民居住证"},
            {"居住证办理", "居住证"},
            {"专业技术职称评审", "专业技术职务任职资格证书"},
            {"出入境证件签注", "往来港澳台通行证签注"},
            {"商品房买卖合同网签备案", "商品房买卖合同备案证明"},
            {"投资项目备案|境外投资", "项目备案证明"},
        };
        if (m.matches("企业登记|个体工商户登记|农民专业合作社登记")) {
            return certificate("营业执照");
        }
        if (m.equals("企业简易注销登记")) {
            return approval("准予简易注销登记通知书");
        }
        if (has(m, "居民身份证办理")) {
            return certificate(v.contains("临时") ? "临时居民身份证" : "居民身份证");
        }
        if (has(m, "出入境证件办理")) {
            return certificate(v);
        }
        if (has(m, "外国人签证证件办理")) {
            return certificate(v.equals("签证延期") ? "外国人签证（延期）" : "外国人" + v);
        }
        if (m.equals("婚姻登记")) {
            return certificate(v.equals("结婚登记") ? "结婚证" : v.equals("离婚登记") ? "离婚证" : "结婚证或离婚证（补发）");
        }
        if (m.equals("收养登记")) {
            return certificate(v.startsWith("解除") ? "解除收养关系证明" : "收养登记证");
        }
        if (m.equals("不动产登记")) {
            return has(v, "首次|转移|变更|更正") ? certificate("不动产权证书") : has(v, "注销") ? other("不动产登记簿注销记载")
                    : certificate("不动产登记证明");
        }
        if (has(m, "宗教活动场所设立")) {
            return v.contains("筹备") ? approval("准予筹备设立宗教活动场所决定书") : certificate("宗教活动场所登记证");
        }
        for (String[] c : certificates) {
            if (has(m, c[0])) {
                return certificate(c[1]);
            }
        }
        String[][] approvals = {
            {"户口迁移", "准予迁入证明（迁入后的居民户口簿）"},
            {"工伤认定", "认定工伤决定书或不予认定工伤决定书"},
            {"劳动人事争议仲裁", "仲裁裁决书或仲裁调解书"},
            {"住房公积金个人住房贷款", "住房公积金个人住房贷款审批意见及借款合同"},
            {"法律援助", "给予法律援助决定书"},
            {"企业投资项目核准|外商投资项目核准", "项目核准批复文件"},
            {"环境影响评价文件审批", "环境影响评价文件审批意见"},
            {"节能审查", "节能审查意见"},
            {"公共租赁住房", "公共租赁住房资格审核结果通知书"},
        };
        for (String[] a : approvals) {
            if (has(m, a[0])) {
                return approval(a[1]);
            }
        }
        String[][] others = {
            {"出生登记", "登记后的居民户口簿（本人页）"},
            {"死亡注销户口", "注销户口证明"},
            {"户口登记项目变更更正", "变更更正后的居民户口簿（本人页）"},
            {"住房公积金提取", "提取审批结果（资金转入申请人本人银行账户）"},
            {"免学费", "免学费资格确认（学校直接减免学费）"},
            {"殡葬服务费用减免", "减免确认（在殡仪服务机构结算时直接减免）"},
        };
        for (String[] o : others) {
            if (has(m, o[0])) {
                return other(o[1]);
            }
        }
        return null;
    }

    private static Result certificate(String name) {
        return new Result(Result.Type.CERTIFICATE, name, "结果样本：《" + name + "》（样本见大厅公示）");
    }

    private static Result approval(String name) {
        return new Result(Result.Type.APPROVAL, name, "结果样本：《" + name + "》（样本见大厅公示）");
    }

    private static Result other(String name) {
        return new Result(Result.Type.OTHER, name, null);
    }

    // ================================================================ steps

    private static List<ProcessStep> steps(Item it, int promised, OnlineDepth depth) {
        String window = it.dept.serviceLocation().length() <= 100 ? it.dept.serviceLocation() : it.dept.shortName() + "窗口";
        String office = it.dept.defaultOffice();
        String submit = depth.compareTo(OnlineDepth.II) >= 0
                ? "申请人通过葫芦岛市政务服务网、“辽事通”App或到窗口提交申请材料。"
                : "申请人到窗口提交申请材料。";
        List<String[]> s = new ArrayList<>(); // name, description, office, role
        boolean immediate = it.kind == HandlingKind.IMMEDIATE;
        String verb = switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> "许可";
            case ADMINISTRATIVE_CONFIRMATION -> "确认";
            case ADMINISTRATIVE_PAYMENT -> "给付";
            case ADMINISTRATIVE_FILING -> "备案";
            default -> "批准";
        };
        if (immediate) {
            s.add(new String[] {"申请", submit, window, "申请人"});
            s.add(new String[] {"受理", "窗口工作人员核验身份和申请材料，材料齐全、符合要求的当场受理。", window, "窗口受理人员"});
            s.add(new String[] {"办结", "当场办理并出具结果，需要证照的当场制发或推送电子证照。", window, "窗口工作人员"});
        } else {
            switch (it.type) {
                case ADMINISTRATIVE_LICENSE -> {
                    s.add(new String[] {"申请", submit, window, "申请人"});
                    s.add(new String[] {"受理", "对申请材料进行形式审查：材料齐全、符合法定形式的予以受理并出具受理通知书；材料不全的一次性告知需要补正的全部内容。", window, "窗口受理人员"});
                    s.add(new String[] {"审查", "对申请材料进行实质审查，必要时组织现场核查或专家评审。", office, "审查人员"});
                    s.add(new String[] {"决定", "作出准予或不予许可的书面决定；不予许可的说明理由，并告知申请人享有的救济权利。", office, "科室负责人"});
                    s.add(new String[] {"送达", "通过窗口领取、邮寄或电子证照方式送达办理结果。", window, "窗口工作人员"});
                }
                case ADMINISTRATIVE_ADJUDICATION -> {
                    s.add(new String[] {"申请", "申请人提交书面裁决申请书及证据材料。", window, "申请人"});
                    s.add(new String[] {"受理", "审查是否符合受理条件，决定受理的将申请书副本送达被申请人。", window, "受理人员"});
                    s.add(new String[] {"调查核实", "听取双方陈述、申辩，调查取证，可先行组织调解。", office, "承办人员"});
                    s.add(new String[] {"裁决", "依法作出裁决决定并制作裁决书。", office, "机关负责人"});
                    s.add(new String[] {"送达", "向双方当事人送达裁决书。", office, "承办人员"});
                }
                case ADMINISTRATIVE_PAYMENT -> {
                    s.add(new String[] {"申请", submit, window, "申请人"});
                    s.add(new String[] {"受理", "核验申请人身份和申请材料，符合条件的予以受理。", window, "窗口受理人员"});
                    s.add(new String[] {"审核", has(it.main, "救助|低保|最低生活|特困|困难")
                            ? "开展家庭经济状况核对和入户调查，并在申请人所在村（社区）公示。" : "对申请人资格和给付标准进行审核。", office, "经办人员"});
                    s.add(new String[] {"审批", "作出给付或不予给付的决定，不予给付的书面说明理由。", office, "科室负责人"});
                    s.add(new String[] {"发放", "按月或一次性将资金发放至申请人社会保障卡或银行账户。", office, "经办人员"});
                }
                case ADMINISTRATIVE_REWARD -> {
                    boolean report = has(it.main, "举报");
                    s.add(new String[] {report ? "举报" : "申报", report ? "举报人通过12345热线、网站或书面方式举报，并留存联系方式。" : "申报人在申报期内提交申报材料。", window, "申请人"});
                    s.add(new String[] {"受理", "登记举报（申报）信息，符合条件的予以受理。", office, "受理人员"});
                    s.add(new String[] {report ? "核查" : "评审", report ? "对举报事项进行调查核实。" : "组织专家进行评审并公示评审结果。", office, "承办人员"});
                    s.add(new String[] {"奖励决定", "作出奖励决定，通知申请人领取奖金或证书。", office, "机关负责人"});
                }
                case ADMINISTRATIVE_FILING -> {
                    s.add(new String[] {"提交", submit, window, "申请人"});
                    s.add(new String[] {"核对", "对备案材料的完整性进行核对，材料不全的一次性告知补正。", window, "窗口工作人员"});
                    s.add(new String[] {"备案", "材料齐全的予以备案并出具备案回执，备案信息按规定公开。", office, "经办人员"});
                }
                case PUBLIC_SERVICE -> {
                    s.add(new String[] {"申请", submit, window, "申请人"});
                    s.add(new String[] {"受理", "核验申请人身份和申请材料，符合条件的予以受理。", window, "窗口受理人员"});
                    s.add(new String[] {"办理", "按规定办理" + it.main + "相关业务。", office, "经办人员"});
                    s.add(new String[] {"办结", "告知办理结果，需要出具材料的通过窗口、邮寄或电子方式送达。", window, "窗口工作人员"});
                }
                default -> {
                    s.add(new String[] {"申请", submit, window, "申请人"});
                    s.add(new String[] {"受理", "对申请材料进行审查，符合条件的予以受理。", window, "窗口受理人员"});
                    s.add(new String[] {"审查", "对申请事项进行审查，必要时征求相关部门意见或组织专家论证。", office, "审查人员"});
                    s.add(new String[] {"决定", "作出" + verb + "或不予" + verb + "的决定，并送达申请人。", office, "机关负责人"});
                }
            }
        }
        int n = s.size();
        int main = immediate ? n - 1 : Math.min(2, n - 1);
        int[] limits = new int[n];
        int value = immediate ? 0 : promised;
        int others = 0;
        if (value >= n) {
            for (int i = 1; i < n; i++) {
                if (i != main) {
                    limits[i] = 1;
                    others++;
                }
            }
        }
        limits[main] = Math.max(0, value - others);
        TimeUnit unit = immediate ? TimeUnit.WORKING_DAYS : it.promisedUnit;
        List<ProcessStep> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] step = s.get(i);
            steps.add(new ProcessStep(step[0], step[1], step[2], step[3],
                    i == 0 ? null : new TimeLimit(limits[i], unit, limits[i] == 0 ? "当场办理" : null)));
        }
        return List.copyOf(steps);
    }

    // ================================================================ FAQ, rights, intermediaries

    private static final String[][] KEYWORD_FAQ = {
        {"驾驶证", "机动车驾驶证有效期满怎么换证？", "机动车驾驶人应当于机动车驾驶证有效期满前九十日内申请换证，可通过“交管12123”App或到车管所窗口办理。"},
        {"社会保障卡|社保", "社保卡丢失了怎么办？", "可通过“辽事通”App、12333热线或社保卡服务网点先办理临时挂失，再到任一服务网点补办；补办期间医保结算可使用医保电子凭证。"},
        {"公积金提取", "住房公积金提取后多久到账？", "审核通过后1个工作日内转入本人指定的银行账户；网上办理的可在“辽事通”App查询进度。"},
        {"公积金", "住房公积金业务可以网上办理吗？", "缴存、提取、证明打印等业务可通过葫芦岛市住房公积金网上服务大厅或“辽事通”App办理。"},
        {"医疗保险|医保|就医", "医保业务可以在哪里查询办理进度？", "可通过国家医保服务平台App、“辽事通”App或拨打12393医保服务热线查询。"},
        {"户口", "户口迁移需要回迁出地开证明吗？", "符合条件的户口迁移实行“一站式”办理，由迁入地公安机关直接办理，申请人无需回迁出地开具准迁证。"},
        {"营业执照|企业登记|个体工商户", "电子营业执照与纸质营业执照有同等效力吗？", "有。电子营业执照与纸质营业执照具有同等法律效力，可通过“电子营业执照”小程序下载使用。"},
        {"规划", "取得规划许可后能否调整设计方案？", "确需变更的，应当向自然资源主管部门提出申请；变更内容不符合控制性详细规划的，不予批准。"},
        {"身份证", "居民身份证丢失后可以异地补领吗？", "可以。居民身份证换领、补领已实现全国“跨省通办”，可在全国任一受理点申请。"},
        {"不动产", "不动产登记可以“一窗办理”吗？", "可以。涉及交易、税收、登记的事项在不动产登记大厅综合窗口一次受理、并行办理。"},
    };

    private static List<Faq> faq(Item it, State s, int visits) {
        List<Faq> list = new ArrayList<>();
        String m = it.main;
        if (it.kind == HandlingKind.IMMEDIATE) {
            list.add(new Faq(m + "能当场办结吗？", "可以。申请材料齐全、符合法定形式的，窗口当场办结并出具办理结果。"));
        } else {
            String unit = unitWord(it.promisedUnit);
            list.add(new Faq(m + "需要多长时间办结？", "法定办结时限为" + it.legal + unitWord(it.legalUnit) + "，承诺办结时限为" + s.promised() + unit
                    + "，自受理之日起计算" + (it.type == ItemType.ADMINISTRATIVE_LICENSE
                            ? "；依法需要听证、检验检测或专家评审的，所需时间不计算在内。"
                            : it.specialProcedures != null ? "；" + it.specialProcedures : "。")));
        }
        for (String[] f : KEYWORD_FAQ) {
            if (has(m, f[0])) {
                list.add(new Faq(f[1], f[2]));
                break;
            }
        }
        int wanted = it.type == ItemType.ADMINISTRATIVE_LICENSE ? 3 : 1 + (int) (Math.abs((long) it.name.hashCode()) % 2);
        if (list.size() < wanted) {
            String answer;
            if (s.depth() == OnlineDepth.IV) {
                answer = "不需要。本事项已实现全程网办，可登录葫芦岛市政务服务网（" + PORTAL + "）或“辽事通”App在线申请，办理结果通过邮寄或电子证照送达。";
            } else if (visits > 0) {
                answer = "需要到现场" + visits + "次。" + onSiteReason(it).replace("。", "") + "。可先在网上预约、预审材料，再到"
                        + it.dept.serviceLocation() + "办理。";
            } else {
                answer = "一般不需要。网上提交申请后，工作人员在线审核，办理结果可邮寄送达。";
            }
            list.add(new Faq("办理" + m + "需要到现场吗？", answer));
        }
        if (list.size() < wanted) {
            list.add(new Faq("申请材料不齐全怎么办？", "窗口工作人员将一次性告知需要补正的全部材料；非关键材料缺失的，可适用“容缺受理”，申请人书面承诺后在规定期限内补齐。"));
        }
        return List.copyOf(list);
    }

    private static String rights(Item it) {
        String m = it.main;
        return switch (it.type) {
            case ADMINISTRATIVE_LICENSE -> "申请人依法享有陈述权、申辩权，对涉及重大利益的事项有权要求听证；对不予受理或者不予许可的决定，有权要求说明理由。"
                    + "申请人应当如实提交有关材料、反映真实情况，对申请材料实质内容的真实性负责；取得许可后应当在许可范围内从事活动，并接受监督检查。";
            case ADMINISTRATIVE_PAYMENT -> "申请人有权了解" + it.core + "的政策、标准和办理进度，对审核结果有异议的可申请复核。"
                    + "申请人应当如实申报家庭收入、财产等情况，情况发生变化时及时告知，不得以虚报、隐瞒等手段骗取资金。";
            case ADMINISTRATIVE_ADJUDICATION -> "当事人有权陈述、申辩、提供证据，有权申请回避；应当遵守裁决程序，如实陈述事实，履行生效的裁决决定。";
            case ADMINISTRATIVE_REWARD -> "举报人（申报人）的个人信息依法受到保护；举报人（申报人）应当如实举报（申报），不得捏造、歪曲事实，不得诬告陷害他人。";
            case ADMINISTRATIVE_FILING -> "备案人有权获得备案回执并查询备案信息；应当对备案材料的真实性负责，备案事项发生变化时及时办理变更备案。";
            default -> "申请人有权查询办理进度、获得明确答复，并对办理过程中的违法违规行为进行投诉举报；申请人应当如实提供材料，对材料的真实性负责。";
        };
    }

    private static String specialProcedures(Item it) {
        if (it.type == ItemType.ADMINISTRATIVE_LICENSE && has(it.main, "规划|环境|建设|工程|矿|取水|水土保持|洪水|用地|危险|放射|辐射")) {
            return "依法需要听证、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在办结时限内，并书面告知申请人所需时间。";
        }
        if (it.type == ItemType.ADMINISTRATIVE_PAYMENT && has(it.main, "救助|低保|最低生活|特困")) {
            return "审核确认前在申请人所在村（社区）公示7天，公示时间不计算在办结时限内。";
        }
        if (it.type == ItemType.ADMINISTRATIVE_ADJUDICATION) {
            return "裁决前可先行组织调解；需要鉴定的，鉴定时间不计算在裁决期限内。";
        }
        return null;
    }

    private static final String[][] INTERMEDIARIES = {
        {"环境影响评价文件", "建设项目环境影响报告书（表）编制（由具备相应技术能力的单位承担）"},
        {"水土保持方案", "生产建设项目水土保持方案编制"},
        {"洪水影响评价", "洪水影响评价报告编制"},
        {"节能审查", "固定资产投资项目节能报告编制"},
        {"可行性研究报告", "政府投资项目可行性研究报告编制"},
        {"建设工程规划许可|修建性详细规划|设计方案总平面图", "建设工程设计方案编制（由具备相应资质的设计单位承担）"},
        {"地质灾害", "地质灾害危险性评估"},
        {"不动产登记", "不动产测绘（权籍调查）"},
        {"安全条件审查|安全设施设计|危险化学品经营", "安全评价"},
        {"取水许可", "建设项目水资源论证报告编制"},
        {"土壤污染状况", "土壤污染状况调查报告编制"},
        {"放射防护预评价|放射诊疗许可|辐射安全", "放射防护检测与评价"},
        {"施工许可", "施工图设计文件审查"},
        {"资产评估", "资产评估（由资产评估机构出具评估报告）"},
    };

    private static List<String> intermediary(Item it) {
        for (String[] rule : INTERMEDIARIES) {
            if (has(it.main, rule[0])) {
                return List.of(rule[1]);
            }
        }
        return List.of();
    }
}
