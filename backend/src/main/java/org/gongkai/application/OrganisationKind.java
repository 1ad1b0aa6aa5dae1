package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of table 三's columns — 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
@Schema(name = "ApplicationOrganisationKind")
public enum OrganisationKind { COMMERCIAL, RESEARCH, PUBLIC_INTEREST, LEGAL_SERVICE, OTHER }
