package io.github.southsouth.serialization.aiddata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;

/**
 * The 126 columns of the GCDF 3.0 project-level table, in AidData's order, with the role each
 * plays in the mapping and whether the importer requires it. Header names are matched after
 * {@linkplain #normalise(String) normalisation}, so curly and straight apostrophes, case and runs
 * of spaces do not matter.
 */
enum GcdfColumn {
  RECORD_ID("AidData Record ID", Role.TYPED, true),
  RECOMMENDED_FOR_AGGREGATES("Recommended For Aggregates", Role.ATTRIBUTE, true),
  PARENT_ID("AidData Parent ID", Role.ATTRIBUTE, false),
  UMBRELLA("Umbrella", Role.ATTRIBUTE, false),
  FINANCIER_COUNTRY("Financier Country", Role.ATTRIBUTE, false),
  RECIPIENT("Recipient", Role.ATTRIBUTE, true),
  RECIPIENT_ISO_3("Recipient ISO-3", Role.ATTRIBUTE, true),
  RECIPIENT_REGION("Recipient Region", Role.ATTRIBUTE, true),
  COMMITMENT_YEAR("Commitment Year", Role.ATTRIBUTE, false),
  IMPLEMENTATION_START_YEAR("Implementation Start Year", Role.ATTRIBUTE, false),
  COMPLETION_YEAR("Completion Year", Role.ATTRIBUTE, false),
  TITLE("Title", Role.TYPED, true),
  DESCRIPTION("Description", Role.TYPED, false),
  STAFF_COMMENTS("Staff Comments", Role.ATTRIBUTE, false),
  STATUS("Status", Role.ATTRIBUTE, true),
  INTENT("Intent", Role.ATTRIBUTE, false),
  FLOW_TYPE("Flow Type", Role.ATTRIBUTE, true),
  FLOW_TYPE_SIMPLIFIED("Flow Type Simplified", Role.ATTRIBUTE, false),
  OECD_ODA_CONCESSIONALITY_THRESHOLD("OECD ODA Concessionality Threshold", Role.ATTRIBUTE, false),
  FLOW_CLASS("Flow Class", Role.ATTRIBUTE, false),
  SECTOR_CODE("Sector Code", Role.TYPED, false),
  SECTOR_NAME("Sector Name", Role.ATTRIBUTE, false),
  INFRASTRUCTURE("Infrastructure", Role.ATTRIBUTE, false),
  COVID("COVID", Role.ATTRIBUTE, false),
  FUNDING_AGENCIES("Funding Agencies", Role.TYPED, false),
  FUNDING_AGENCIES_TYPE("Funding Agencies Type", Role.TYPED, false),
  CO_FINANCED("Co-financed", Role.ATTRIBUTE, false),
  CO_FINANCING_AGENCIES("Co-financing Agencies", Role.TYPED, false),
  CO_FINANCING_AGENCIES_TYPE("Co-financing Agencies Type", Role.TYPED, false),
  DIRECT_RECEIVING_AGENCIES("Direct Receiving Agencies", Role.TYPED, false),
  DIRECT_RECEIVING_AGENCIES_TYPE("Direct Receiving Agencies Type", Role.TYPED, false),
  INDIRECT_RECEIVING_AGENCIES("Indirect Receiving Agencies", Role.TYPED, false),
  INDIRECT_RECEIVING_AGENCIES_TYPE("Indirect Receiving Agencies Type", Role.TYPED, false),
  ON_LENDING("On-lending", Role.ATTRIBUTE, false),
  IMPLEMENTING_AGENCIES("Implementing Agencies", Role.TYPED, false),
  IMPLEMENTING_AGENCIES_TYPE("Implementing Agencies Type", Role.TYPED, false),
  GUARANTEE_PROVIDED("Guarantee Provided", Role.ATTRIBUTE, false),
  GUARANTOR("Guarantor", Role.ATTRIBUTE, false),
  GUARANTOR_AGENCY_TYPE("Guarantor Agency Type", Role.ATTRIBUTE, false),
  INSURANCE_PROVIDED("Insurance Provided", Role.ATTRIBUTE, false),
  INSURANCE_PROVIDER("Insurance Provider", Role.ATTRIBUTE, false),
  INSURANCE_PROVIDER_AGENCY_TYPE("Insurance Provider Agency Type", Role.ATTRIBUTE, false),
  COLLATERALIZED("Collateralized", Role.TYPED, false),
  COLLATERAL_PROVIDER("Collateral Provider", Role.TYPED, false),
  COLLATERAL_PROVIDER_AGENCY_TYPE("Collateral Provider Agency Type", Role.TYPED, false),
  SECURITY_AGENT_COLLATERAL_AGENT("Security Agent/Collateral Agent", Role.TYPED, false),
  SECURITY_AGENT_COLLATERAL_AGENT_TYPE("Security Agent/Collateral Agent Type", Role.TYPED, false),
  COLLATERAL("Collateral", Role.TYPED, false),
  AMOUNT_ORIGINAL_CURRENCY("Amount (Original Currency)", Role.FINANCING, true),
  ORIGINAL_CURRENCY("Original Currency", Role.FINANCING, true),
  AMOUNT_ESTIMATED("Amount Estimated", Role.FINANCING, false),
  AMOUNT_CONSTANT_USD_2021("Amount (Constant USD 2021)", Role.FINANCING, true),
  AMOUNT_NOMINAL_USD("Amount (Nominal USD)", Role.FINANCING, false),
  ADJUSTED_AMOUNT_ORIGINAL_CURRENCY("Adjusted Amount (Original Currency)", Role.FINANCING, false),
  ADJUSTED_AMOUNT_CONSTANT_USD_2021("Adjusted Amount (Constant USD 2021)", Role.FINANCING, false),
  ADJUSTED_AMOUNT_NOMINAL_USD("Adjusted Amount (Nominal USD)", Role.FINANCING, false),
  FINANCIAL_DISTRESS("Financial Distress", Role.ATTRIBUTE, false),
  COMMITMENT_DATE("Commitment Date (MM/DD/YYYY)", Role.ATTRIBUTE, false),
  COMMITMENT_DATE_ESTIMATED("Commitment Date Estimated", Role.ATTRIBUTE, false),
  PLANNED_IMPLEMENTATION_START_DATE("Planned Implementation Start Date (MM/DD/YYYY)", Role.ATTRIBUTE, false),
  ACTUAL_IMPLEMENTATION_START_DATE("Actual Implementation Start Date (MM/DD/YYYY)", Role.ATTRIBUTE, false),
  ACTUAL_IMPLEMENTATION_START_DATE_ESTIMATED("Actual Implementation Start Date Estimated", Role.ATTRIBUTE, false),
  DEVIATION_FROM_PLANNED_IMPLEMENTATION_START_DATE("Deviation from Planned Implementation Start Date", Role.ATTRIBUTE, false),
  PLANNED_COMPLETION_DATE("Planned Completion Date (MM/DD/YYYY)", Role.ATTRIBUTE, false),
  ACTUAL_COMPLETION_DATE("Actual Completion Date (MM/DD/YYYY)", Role.ATTRIBUTE, false),
  ACTUAL_COMPLETION_DATE_ESTIMATED("Actual Completion Date Estimated", Role.ATTRIBUTE, false),
  DEVIATION_FROM_PLANNED_COMPLETION_DATE("Deviation from Planned Completion Date", Role.ATTRIBUTE, false),
  MATURITY("Maturity", Role.FINANCING, false),
  INTEREST_RATE("Interest Rate", Role.FINANCING, false),
  GRACE_PERIOD("Grace Period", Role.FINANCING, false),
  MANAGEMENT_FEE("Management Fee", Role.ATTRIBUTE, false),
  COMMITMENT_FEE("Commitment Fee", Role.ATTRIBUTE, false),
  INSURANCE_FEE_PERCENT("Insurance Fee (Percent)", Role.ATTRIBUTE, false),
  INSURANCE_FEE_NOMINAL_USD("Insurance Fee (Nominal USD)", Role.ATTRIBUTE, false),
  DEFAULT_INTEREST_RATE("Default Interest Rate", Role.ATTRIBUTE, false),
  FIRST_LOAN_REPAYMENT_DATE("First Loan Repayment Date", Role.ATTRIBUTE, false),
  LAST_LOAN_REPAYMENT_DATE("Last Loan Repayment Date", Role.ATTRIBUTE, false),
  GRANT_ELEMENT_OECD_CASH_FLOW("Grant Element (OECD Cash-Flow)", Role.FINANCING, false),
  GRANT_ELEMENT_OECD_GRANT_EQUIV("Grant Element (OECD Grant-Equiv)", Role.FINANCING, false),
  GRANT_ELEMENT_IMF("Grant Element (IMF)", Role.FINANCING, false),
  NUMBER_OF_LENDERS("Number of Lenders", Role.ATTRIBUTE, false),
  EXPORT_BUYERS_CREDIT("Export Buyer's Credit", Role.ATTRIBUTE, false),
  SUPPLIERS_CREDIT("Supplier's Credit/Export Seller's Credit", Role.ATTRIBUTE, false),
  INTEREST_FREE_LOAN("Interest-Free Loan", Role.ATTRIBUTE, false),
  REFINANCING("Refinancing", Role.ATTRIBUTE, false),
  INVESTMENT_PROJECT_LOAN("Investment Project Loan", Role.ATTRIBUTE, false),
  M_AND_A("M&A", Role.ATTRIBUTE, false),
  WORKING_CAPITAL("Working Capital", Role.ATTRIBUTE, false),
  EPCF("EPCF", Role.ATTRIBUTE, false),
  LEASE("Lease", Role.ATTRIBUTE, false),
  FXSL_BOP("FXSL/BOP", Role.ATTRIBUTE, false),
  CC_IRS("CC IRS", Role.ATTRIBUTE, false),
  RCF("RCF", Role.ATTRIBUTE, false),
  GCL("GCL", Role.ATTRIBUTE, false),
  PBC("PBC", Role.ATTRIBUTE, false),
  PXF_COMMODITY_PREPAYMENT("PxF/Commodity Prepayment", Role.ATTRIBUTE, false),
  INTER_BANK_LOAN("Inter-Bank Loan", Role.ATTRIBUTE, false),
  OVERSEAS_PROJECT_CONTRACTING_LOAN("Overseas Project Contracting Loan", Role.ATTRIBUTE, false),
  DPA("DPA", Role.ATTRIBUTE, false),
  PROJECT_FINANCE("Project Finance", Role.ATTRIBUTE, false),
  INVOLVING_MULTILATERAL("Involving Multilateral", Role.ATTRIBUTE, false),
  NON_CHINESE_FINANCIER("Non-Chinese Financier", Role.ATTRIBUTE, false),
  SHORT_TERM("Short-Term", Role.ATTRIBUTE, false),
  RESCUE("Rescue", Role.ATTRIBUTE, false),
  PROJECT_JV_SPV_HOST_GOVERNMENT_OWNERSHIP("Project JV/SPV Host Government Ownership", Role.ATTRIBUTE, false),
  PROJECT_JV_SPV_CHINESE_GOVERNMENT_OWNERSHIP("Project JV/SPV Chinese Government Ownership", Role.ATTRIBUTE, false),
  LEVEL_OF_PUBLIC_LIABILITY("Level of Public Liability", Role.ATTRIBUTE, false),
  TOTAL_SOURCE_COUNT("Total Source Count", Role.ATTRIBUTE, false),
  OFFICIAL_SOURCE_COUNT("Official Source Count", Role.ATTRIBUTE, false),
  SOURCE_URLS("Source URLs", Role.TYPED, false),
  SOURCE_TITLES("Source Titles", Role.TYPED, false),
  SOURCE_PUBLISHERS("Source Publishers", Role.TYPED, false),
  SOURCE_RESOURCE_TYPES("Source Resource Types", Role.TYPED, false),
  CONTACT_NAME("Contact Name", Role.ATTRIBUTE, false),
  CONTACT_POSITION("Contact Position", Role.ATTRIBUTE, false),
  ODA_ELIGIBLE_RECIPIENT("ODA Eligible Recipient", Role.ATTRIBUTE, false),
  OECD_ODA_INCOME_GROUP("OECD ODA Income Group", Role.ATTRIBUTE, false),
  LOCATION_NARRATIVE("Location Narrative", Role.ATTRIBUTE, false),
  GEOGRAPHIC_LEVEL_OF_PRECISION_AVAILABLE("Geographic Level of Precision Available", Role.ATTRIBUTE, false),
  ADM1_LEVEL_AVAILABLE("ADM1 Level Available", Role.ATTRIBUTE, false),
  ADM2_LEVEL_AVAILABLE("ADM2 Level Available", Role.ATTRIBUTE, false),
  GEOSPATIAL_FEATURE_AVAILABLE("Geospatial Feature Available", Role.ATTRIBUTE, false),
  SOURCE_QUALITY_SCORE("Source Quality Score", Role.ATTRIBUTE, false),
  DATA_COMPLETENESS_SCORE("Data Completeness Score", Role.ATTRIBUTE, false),
  IMPLEMENTATION_DETAIL_SCORE("Implementation Detail Score", Role.ATTRIBUTE, false),
  LOAN_DETAIL_SCORE("Loan Detail Score", Role.ATTRIBUTE, false);

  /** What the importer does with a column's cells. */
  enum Role {
    /** Mapped to a typed field, an actor or a source; not repeated as an attribute. */
    TYPED,
    /** Amounts and loan terms: typed in the financing, other values kept as its attributes. */
    FINANCING,
    /** Kept as an attribute {@code aiddata.<key>} of the initiative (and used where said). */
    ATTRIBUTE
  }

  private static final ImmutableMap<String, GcdfColumn> BY_NAME;
  private static final ImmutableList<GcdfColumn> REQUIRED;

  static {
    ImmutableMap.Builder<String, GcdfColumn> byName = ImmutableMap.builder();
    ImmutableList.Builder<GcdfColumn> required = ImmutableList.builder();
    for (GcdfColumn column : values()) {
      byName.put(normalise(column.header).toLowerCase(Locale.ROOT), column);
      if (column.required) {
        required.add(column);
      }
    }
    BY_NAME = byName.build();
    REQUIRED = required.build();
  }

  private final String header;
  private final Role role;
  private final boolean required;
  private final String attributeKey;

  GcdfColumn(String header, Role role, boolean required) {
    this.header = header;
    this.role = role;
    this.required = required;
    this.attributeKey = AidData.NAMESPACE + camelCase(header);
  }

  /** Returns the header name as AidData writes it (apostrophes straight). */
  String header() {
    return header;
  }

  Role role() {
    return role;
  }

  boolean required() {
    return required;
  }

  /** Returns {@code aiddata.<camelCase name>}, e.g. {@code aiddata.recommendedForAggregates}. */
  String attributeKey() {
    return attributeKey;
  }

  /**
   * Whether the mapping reads this column's cells only to keep them verbatim (as an attribute of
   * the initiative or its financing), without mapping them to a typed part of the model: these are
   * the columns an import's {@code ImportAccount} counts.
   */
  boolean keptVerbatimOnly() {
    return role == Role.ATTRIBUTE ? !READ_BY_MAPPING.contains(this) : KEPT_IN_FINANCING.contains(this);
  }

  /** The attribute columns the mapping also reads: for status, period, instruments, links. */
  private static final java.util.Set<GcdfColumn> READ_BY_MAPPING = java.util.EnumSet.of(
      RECOMMENDED_FOR_AGGREGATES, PARENT_ID, RECIPIENT, RECIPIENT_ISO_3, RECIPIENT_REGION,
      COMMITMENT_YEAR, IMPLEMENTATION_START_YEAR, COMPLETION_YEAR, STATUS, FLOW_TYPE, FLOW_CLASS,
      COMMITMENT_DATE, PLANNED_IMPLEMENTATION_START_DATE, ACTUAL_IMPLEMENTATION_START_DATE,
      PLANNED_COMPLETION_DATE, ACTUAL_COMPLETION_DATE, INTEREST_FREE_LOAN, GCL, PBC,
      EXPORT_BUYERS_CREDIT, SUPPLIERS_CREDIT);

  /** The financing columns kept as attributes of the financing, not typed. */
  private static final java.util.Set<GcdfColumn> KEPT_IN_FINANCING = java.util.EnumSet.of(
      AMOUNT_ESTIMATED, ADJUSTED_AMOUNT_ORIGINAL_CURRENCY, ADJUSTED_AMOUNT_CONSTANT_USD_2021,
      ADJUSTED_AMOUNT_NOMINAL_USD, GRANT_ELEMENT_OECD_GRANT_EQUIV, GRANT_ELEMENT_IMF);

  static ImmutableList<GcdfColumn> requiredColumns() {
    return REQUIRED;
  }

  /** Finds the column of a header cell, after normalisation. */
  static Optional<GcdfColumn> byHeader(String name) {
    return Optional.ofNullable(BY_NAME.get(normalise(name).toLowerCase(Locale.ROOT)));
  }

  /**
   * Normalises a header cell: strips a byte order mark and surrounding white space, turns curly
   * apostrophes and the modifier-letter apostrophe into {@code '}, and collapses runs of white
   * space into one space.
   */
  static String normalise(String name) {
    StringBuilder text = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\uFEFF') {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
        c = '\'';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = text.length() > 0;
        continue;
      }
      if (space) {
        text.append(' ');
        space = false;
      }
      text.append(c);
    }
    return text.toString();
  }

  /**
   * Makes the attribute name of a header: drops a leading {@code AidData} and a trailing {@code
   * (MM/DD/YYYY)}, reads {@code &} as "and", and joins the words in lower camel case.
   */
  static String camelCase(String header) {
    String text = header.replace(" (MM/DD/YYYY)", "").replace("&", " and ").replace("'", "");
    if (text.startsWith("AidData ")) {
      text = text.substring("AidData ".length());
    }
    StringBuilder key = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (key.length() == 0) {
        key.append(lower);
      } else {
        key.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
      }
    }
    return key.toString();
  }
}
