-- The 12 key domains and 33 sub-items of the "政务公开重点工作" column (shared/domain/key-domains.md).
-- Starting data, edited by administrators; a record of the disclosure catalogue belongs to one or more sub-items.
CREATE TABLE key_domain (
    code          varchar(64)  PRIMARY KEY,
    name          varchar(60)  NOT NULL,
    sort_order    integer      NOT NULL,
    updated_at    timestamptz,
    lock_version  bigint       NOT NULL DEFAULT 0
);

CREATE TABLE key_domain_item (
    code          varchar(64)  PRIMARY KEY,
    domain_code   varchar(64)  NOT NULL REFERENCES key_domain (code),
    name          varchar(60)  NOT NULL,
    sort_order    integer      NOT NULL
);
CREATE INDEX key_domain_item_domain_idx ON key_domain_item (domain_code, sort_order);

INSERT INTO key_domain (code, name, sort_order) VALUES
    ('powers-responsibilities', '权责清单', 1),
    ('fiscal-budgets', '财政预决算', 2),
    ('food-drug-safety', '食品药品安全', 3),
    ('quality-supervision', '质量监督', 4),
    ('environmental-protection', '环境保护', 5),
    ('major-projects', '重大建设项目', 6),
    ('health-care', '卫生医疗', 7),
    ('social-assistance', '社会救助', 8),
    ('poverty-alleviation', '扶贫帮扶', 9),
    ('tax-fee-reduction', '减税降费', 10),
    ('public-resources', '公共资源配置', 11),
    ('work-safety', '安全生产', 12);

INSERT INTO key_domain_item (code, domain_code, name, sort_order) VALUES
    ('power-list', 'powers-responsibilities', '权力清单', 1),
    ('responsibility-list', 'powers-responsibilities', '责任清单', 2),
    ('government-budgets', 'fiscal-budgets', '政府预决算', 1),
    ('department-budgets', 'fiscal-budgets', '部门预决算', 2),
    ('three-public-expenses', 'fiscal-budgets', '"三公"经费', 3),
    ('food-drug-sampling', 'food-drug-safety', '监督抽检', 1),
    ('food-drug-licences-penalties', 'food-drug-safety', '许可与处罚', 2),
    ('product-quality-checks', 'quality-supervision', '产品质量监督抽查', 1),
    ('special-equipment', 'quality-supervision', '特种设备安全', 2),
    ('environmental-quality', 'environmental-protection', '环境质量状况', 1),
    ('key-polluters', 'environmental-protection', '重点排污单位', 2),
    ('environmental-impact', 'environmental-protection', '建设项目环评', 3),
    ('project-approval', 'major-projects', '批准和实施', 1),
    ('project-tendering', 'major-projects', '招标投标', 2),
    ('expropriation-compensation', 'major-projects', '征收补偿', 3),
    ('medical-institutions', 'health-care', '医疗机构与执业', 1),
    ('public-health', 'health-care', '公共卫生', 2),
    ('medical-prices', 'health-care', '医疗服务价格', 3),
    ('minimum-living', 'social-assistance', '最低生活保障', 1),
    ('extreme-poverty-support', 'social-assistance', '特困人员供养', 2),
    ('temporary-assistance', 'social-assistance', '临时救助', 3),
    ('poverty-policies', 'poverty-alleviation', '扶贫政策', 1),
    ('poverty-funds', 'poverty-alleviation', '扶贫资金', 2),
    ('poverty-projects', 'poverty-alleviation', '扶贫项目', 3),
    ('tax-incentives', 'tax-fee-reduction', '税收优惠政策', 1),
    ('fee-catalogue', 'tax-fee-reduction', '收费目录清单', 2),
    ('business-fees', 'tax-fee-reduction', '涉企收费', 3),
    ('government-procurement', 'public-resources', '政府采购', 1),
    ('land-transfer', 'public-resources', '土地使用权出让', 2),
    ('state-property-trading', 'public-resources', '国有产权交易', 3),
    ('accident-reports', 'work-safety', '事故调查报告', 1),
    ('safety-inspections', 'work-safety', '监督检查', 2),
    ('emergency-plans', 'work-safety', '应急预案', 3);
