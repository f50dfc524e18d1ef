package org.renda.check.examples.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * 合成样本生成器 / synthetic sample generator: one VALID yearly record per township and street of
 * 娄底市 (invented names, clearly marked "(合成)"), starting from a clean record and injecting the
 * faults the Loudi report of 2025-03-25 names, each mapped to a rule of the catalogue.
 *
 * <pre>
 * java -cp examples/target/renda-check.jar org.renda.check.examples.sample.SampleGenerator \
 *      --out DIR --seed 2025 --townships 68 --streets 19 --year 2025 [--no-faults]
 * </pre>
 *
 * <p>Reproducible: the same arguments give byte-identical files. Each record is built from its
 * own random stream and written at once, so {@code --townships 50000 --streets 10000} runs in
 * constant memory (apart from the set of names used).
 */
public final class SampleGenerator {

    /** The counties of 娄底市 and how townships and streets are spread over them (68 and 19 in reality). */
    static final String[] COUNTIES = {"娄星区", "双峰县", "新化县", "冷水江市", "涟源市", "娄底经开区"};
    static final int[] TOWNSHIP_WEIGHTS = {4, 15, 28, 6, 13, 2};
    static final int[] STREET_WEIGHTS = {8, 1, 2, 3, 3, 2};

    enum Kind { T, S, TS }

    /** An injected fault: what it is, how often, for which kind of body, and the rule that must find it. */
    enum Fault {
        SHORT_SESSION("会期缩水：一次例会只开半天（halfDays 1）", 0.30, Kind.T, "HN-SESSION-DURATION-001"),
        CHAIR_PORTFOLIO("人大主席参与政府分工", 0.15, Kind.T, "HN-CHAIR-PORTFOLIO-001"),
        CHAIR_ADMIN("人大主席兼任副乡镇长（行政职务）", 0.10, Kind.T, "CHAIR-ADMIN-001"),
        CHAIR_NOT_FULLTIME("人大主席专职不专责（非专职）", 0.10, Kind.T, "LD-CHAIR-FULLTIME-001"),
        BUDGET_LATE("本年预算拖到年中会议才审批", 0.10, Kind.T, "LD-BUDGET-TIMING-001"),
        FINAL_ACCOUNTS_MISSING("未审查批准上年决算", 0.10, Kind.T, "FINAL-ACCOUNTS-001"),
        BUDGET_UNPUBLISHED("预算批准后未公开", 0.15, Kind.T, "BUDGET-PUBLISH-001"),
        FINAL_ACCOUNTS_UNFILED("决算未报县政府备案", 0.08, Kind.T, "FINAL-ACCOUNTS-FILE-001"),
        ADJUSTMENT_UNAPPROVED("预算调整未经人大批准即执行", 0.05, Kind.T, "BUDGET-ADJUST-001"),
        FUNDS_NOT_EARMARKED("人大工作经费未单列", 0.05, Kind.T, "HN-FUNDS-001"),
        STATION_IDLE("代表联络站重建设轻使用：若干月份无人进站", 0.35, Kind.TS, "LD-STATION-IDLE-001"),
        FEW_VISITS("部分代表全年进站不足4次", 0.25, Kind.TS, "LD-STATION-VISIT-001"),
        FEEDBACK_MISSING("群众意见未反馈", 0.15, Kind.TS, "LD-FEEDBACK-001"),
        SUGGESTION_LATE_REPLY("代表建议逾期未答复", 0.15, Kind.TS, "SUGG-REPLY-001"),
        SUGGESTION_LATE_ASSIGN("代表建议逾期交办", 0.08, Kind.TS, "SUGG-ASSIGN-001"),
        NO_LAW_INSPECTION("全年未开展执法检查", 0.20, Kind.T, "LD-LAW-INSPECT-001"),
        NO_SPECIAL_REPORT("全年未听取政府专项工作报告", 0.05, Kind.T, "PRESIDIUM-SPECIAL-REPORT-001"),
        SUPERVISION_NO_FEEDBACK("专项工作报告审议意见无反馈", 0.10, Kind.T, "LD-SUPERVISE-FOLLOWUP-001"),
        LATE_NOTICE("会议通知不足7日", 0.10, Kind.T, "HN-SESSION-NOTICE-001"),
        LATE_DOCUMENTS("会议文件开幕当天才送达", 0.08, Kind.T, "HN-SESSION-DOCS-001"),
        ONE_REGULAR_SESSION("全年只开一次例会（另一次为临时会议）", 0.08, Kind.T, "SESSION-FREQ-002"),
        NO_QUORUM("一次会议出席代表不足三分之二", 0.03, Kind.T, "SESSION-QUORUM-001"),
        UNEXCUSED_ABSENCE("代表未经批准缺席会议", 0.10, Kind.T, "DEPUTY-LEAVE-001"),
        PRESIDIUM_QUARTER_MISSED("某季度未召开主席团会议", 0.15, Kind.T, "HN-PRESIDIUM-MEET-001"),
        NO_LIVELIHOOD_VOTE("民生实事未经代表票决", 0.08, Kind.T, "LD-MINSHENG-VOTE-001"),
        NO_LIVELIHOOD_MARGIN("民生实事等额票决", 0.08, Kind.T, "LD-MINSHENG-MARGIN-001"),
        NO_DEPUTY_REPORT("全年未组织代表述职", 0.10, Kind.T, "DEPUTY-REPORT-001"),
        NORMDOC_UNFILED("规范性文件未按期备案", 0.15, Kind.TS, "LD-NORMDOC-001"),
        COMMITTEE_QUARTER_MISSED("某季度未召开街道工委会议", 0.15, Kind.S, "HN-STREET-MEET-001"),
        NO_REPORT_TO_COUNTY("全年未向县人大常委会报告工作", 0.10, Kind.S, "STREET-REPORT-001"),
        NO_RESIDENT_COUNCIL("未建立居民议事组织", 0.15, Kind.S, "LD-RESIDENT-COUNCIL-001"),
        NO_COMMITTEE_INSPECTION("工委全年未组织视察、调研或执法检查", 0.10, Kind.S, "HN-STREET-ACTIVITY-001");

        final String description;
        final double rate;
        final Kind kind;
        final String ruleId;

        Fault(String description, double rate, Kind kind, String ruleId) {
            this.description = description;
            this.rate = rate;
            this.kind = kind;
            this.ruleId = ruleId;
        }

        boolean appliesTo(boolean township) {
            return kind == Kind.TS || (kind == Kind.T) == township;
        }
    }

    private static final String NAME_CHARS = "青石龙泉凤岭桃溪金竹梅花杨柳荷塘松山白沙水口高桥枫林双江洪田杏坪长铺"
            + "大新茶园樟树罗家湾云霞石马梓门横岩坪上游峰古塘太平温福槎";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于曾彭肖邓谭廖";
    private static final String GIVEN = "建国秀英伟芳志强丽军敏勇静磊燕红明华平海波霞军辉兰德春玉桂林清文武秋云";
    private static final String[] PORTFOLIOS = {"征地拆迁", "安全生产", "招商引资", "乡村振兴", "防汛抗旱", "信访维稳"};
    private static final String[] SUBJECTS = {"农村人居环境整治", "义务教育均衡发展", "农村饮水安全", "乡村道路建设",
        "耕地保护", "养老服务", "防汛减灾", "农产品质量安全", "集贸市场管理", "河长制落实"};

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer;
    private final long seed;
    private final int year;
    private final boolean faults;
    private final Set<String> usedNames = new HashSet<>();
    private final Random names;

    public SampleGenerator(long seed, int year, boolean faults) {
        this.seed = seed;
        this.year = year;
        this.faults = faults;
        this.names = new Random(seed);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        this.writer = mapper.writer(pp);
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        long seed = 2025;
        int townships = 68;
        int streets = 19;
        int year = 2025;
        boolean faults = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--townships" -> townships = Integer.parseInt(args[++i]);
                case "--streets" -> streets = Integer.parseInt(args[++i]);
                case "--year" -> year = Integer.parseInt(args[++i]);
                case "--no-faults" -> faults = false;
                default -> {
                    System.err.println("用法 / usage: SampleGenerator --out DIR [--seed 2025] [--townships 68]"
                            + " [--streets 19] [--year 2025] [--no-faults]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("缺少 --out DIR / --out DIR is required");
            System.exit(2);
        }
        int written = new SampleGenerator(seed, year, faults).generate(out, townships, streets);
        System.err.println("已生成 " + written + " 条合成记录 / wrote " + written + " synthetic records to " + out);
    }

    /** Writes the records, README.md and faults.tsv under {@code out}; returns the number of records. */
    public int generate(Path out, int townships, int streets) throws IOException {
        Files.createDirectories(out);
        int[] tCount = spread(townships, TOWNSHIP_WEIGHTS);
        int[] sCount = spread(streets, STREET_WEIGHTS);
        int n = 0;
        try (BufferedWriter tsv = Files.newBufferedWriter(out.resolve("faults.tsv"), StandardCharsets.UTF_8)) {
            tsv.write("recordId\tfault\truleId\n");
            for (int c = 0; c < COUNTIES.length; c++) {
                Path dir = out.resolve(COUNTIES[c]);
                Files.createDirectories(dir);
                for (int k = 0; k < tCount[c] + sCount[c]; k++) {
                    boolean township = k < tCount[c];
                    Random rnd = new Random(seed * 1_000_003L + n * 7919L + 17);
                    String name = uniqueName(township);
                    Set<Fault> chosen = EnumSet.noneOf(Fault.class);
                    if (faults) {
                        for (Fault f : Fault.values()) {
                            if (f.appliesTo(township) && rnd.nextDouble() < f.rate) {
                                chosen.add(f);
                            }
                        }
                    }
                    ObjectNode rec = township ? township(rnd, COUNTIES[c], name, chosen)
                            : street(rnd, COUNTIES[c], name, chosen);
                    try (OutputStream os = Files.newOutputStream(dir.resolve(name + "-" + year + ".json"))) {
                        writer.writeValue(os, rec);
                    }
                    for (Fault f : chosen) {
                        tsv.write(rec.get("recordId").asText() + "\t" + f.name() + "\t" + f.ruleId + "\n");
                    }
                    n++;
                }
            }
        }
        Files.writeString(out.resolve("README.md"), readme(townships, streets), StandardCharsets.UTF_8);
        return n;
    }

    /** Largest-remainder spread of {@code total} over the weights. */
    static int[] spread(int total, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        int given = 0;
        double[] rest = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    private String uniqueName(boolean township) {
        String suffix = township ? (names.nextInt(5) == 0 ? "乡" : "镇") : "街道";
        for (int attempt = 0; ; attempt++) {
            String stem = "" + NAME_CHARS.charAt(names.nextInt(NAME_CHARS.length()))
                    + NAME_CHARS.charAt(names.nextInt(NAME_CHARS.length()));
            if (stem.charAt(0) == stem.charAt(1)) {
                continue;
            }
            String name = stem + (attempt > 20 ? String.valueOf(usedNames.size()) : "") + suffix;
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    // ---------------------------------------------------------------- township

    private ObjectNode township(Random rnd, String county, String name, Set<Fault> f) {
        String label = name + "(合成)";
        boolean xiang = name.endsWith("乡");
        ObjectNode r = header(county, label, "TOWNSHIP");
        int electionYear = 2021 + 5 * Math.floorDiv(year - 1 - 2021, 5);
        ObjectNode term = r.putObject("term");
        term.put("number", 19 + (electionYear - 2021) / 5);
        term.put("electionCompletedDate", date(LocalDate.of(electionYear, 10, 10).plusDays(rnd.nextInt(30))));

        // deputies: D01 is the chairman, D02 the vice-chairman
        int nTownship = 20 + rnd.nextInt(36);
        ArrayNode deputies = r.putArray("deputies");
        List<String> serving = new ArrayList<>();
        List<String> servingTownship = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= nTownship; i++) {
            String id = String.format(Locale.ROOT, "D%02d", i);
            String person = person(rnd);
            people.add(person);
            ObjectNode d = deputies.addObject().put("id", id).put("name", person).put("level", "TOWNSHIP");
            if (i == nTownship && rnd.nextInt(7) == 0) {
                d.put("status", "RESIGNED").put("statusDate", date(LocalDate.of(year - 1, 11, 1).plusDays(rnd.nextInt(40))))
                        .put("resignationAcceptedBy", "CONGRESS");
            } else {
                d.put("status", "SERVING");
                serving.add(id);
                servingTownship.add(id);
            }
        }
        int nCounty = 1 + rnd.nextInt(3);
        for (int i = 1; i <= nCounty; i++) {
            String id = String.format(Locale.ROOT, "C%02d", i);
            deputies.addObject().put("id", id).put("name", person(rnd)).put("level", i == 3 ? "CITY" : "COUNTY")
                    .put("status", "SERVING");
            serving.add(id);
        }
        int total = servingTownship.size();

        // officers
        ArrayNode officers = r.putArray("officers");
        ObjectNode chair = officers.addObject().put("id", "O1").put("name", people.get(0)).put("role", "CHAIRMAN")
                .put("isDeputy", true).put("fullTime", !f.contains(Fault.CHAIR_NOT_FULLTIME));
        ArrayNode posts = chair.putArray("otherPosts");
        posts.addObject().put("title", (xiang ? "乡" : "镇") + "党委副书记").put("organ", "PARTY");
        if (f.contains(Fault.CHAIR_ADMIN)) {
            posts.addObject().put("title", xiang ? "副乡长" : "副镇长").put("organ", "ADMINISTRATIVE");
        }
        ArrayNode portfolios = chair.putArray("governmentPortfolios");
        if (f.contains(Fault.CHAIR_PORTFOLIO)) {
            int a = rnd.nextInt(PORTFOLIOS.length);
            portfolios.add(PORTFOLIOS[a]);
            portfolios.add(PORTFOLIOS[(a + 1 + rnd.nextInt(PORTFOLIOS.length - 1)) % PORTFOLIOS.length]);
        }
        if (rnd.nextInt(10) < 7) {
            officers.addObject().put("id", "O2").put("name", people.get(1)).put("role", "VICE_CHAIRMAN")
                    .put("isDeputy", true).put("fullTime", true);
        }

        // sessions
        LocalDate s1Start = LocalDate.of(year, 1, 22).plusDays(rnd.nextInt(55));
        LocalDate s2Start = LocalDate.of(year, 6, 10).plusDays(rnd.nextInt(90));
        boolean election = rnd.nextInt(5) == 0;
        int s1Half = f.contains(Fault.SHORT_SESSION) ? 1 : 2 + rnd.nextInt(3);
        int s2Half = election ? 3 + rnd.nextInt(2) : 2 + rnd.nextInt(2);
        boolean quorumInS1 = rnd.nextBoolean();
        ArrayNode sessions = r.putArray("sessions");
        ObjectNode s1 = session(rnd, sessions, "S1", "REGULAR", s1Start, s1Half, servingTownship,
                f.contains(Fault.NO_QUORUM) && quorumInS1, f.contains(Fault.UNEXCUSED_ABSENCE), f);
        ObjectNode s2 = session(rnd, sessions, "S2", f.contains(Fault.ONE_REGULAR_SESSION) ? "EXTRAORDINARY" : "REGULAR",
                s2Start, s2Half, servingTownship, f.contains(Fault.NO_QUORUM) && !quorumInS1, false, f);
        LocalDate s1End = LocalDate.parse(s1.get("endDate").asText());
        LocalDate s2End = LocalDate.parse(s2.get("endDate").asText());
        ArrayNode a1 = (ArrayNode) s1.get("agenda");
        ArrayNode a2 = (ArrayNode) s2.get("agenda");
        int p1 = s1.get("deputiesPresent").asInt();
        int p2 = s2.get("deputiesPresent").asInt();
        String town = xiang ? "乡" : "镇";
        item(rnd, a1, "I1", "GOVERNMENT_WORK_REPORT", town + "人民政府工作报告", p1, null);
        item(rnd, a1, "I2", "PRESIDIUM_WORK_REPORT", town + "人大主席团工作报告", p1, null);
        ObjectNode exec = item(rnd, a1, "I3", "BUDGET_EXECUTION_REPORT", (year - 1) + "年财政预算执行情况报告", p1, null);
        exec.put("fiscalYear", year - 1).put("publishedDate", date(s1End.plusDays(3 + rnd.nextInt(15))));
        boolean budgetInS2 = f.contains(Fault.BUDGET_LATE);
        ObjectNode budget = item(rnd, budgetInS2 ? a2 : a1, "I4", "BUDGET", year + "年财政预算草案",
                budgetInS2 ? p2 : p1, null);
        budget.put("fiscalYear", year);
        if (!f.contains(Fault.BUDGET_UNPUBLISHED)) {
            budget.put("publishedDate", date((budgetInS2 ? s2End : s1End).plusDays(3 + rnd.nextInt(15))));
        }
        item(rnd, a1, "I5", "CONSTRUCTION_PLAN", year + "年" + town + "重点建设项目计划", p1, null);
        if (!f.contains(Fault.NO_LIVELIHOOD_VOTE)) {
            item(rnd, a1, "I6", "LIVELIHOOD_PROJECTS_VOTE", year + "年民生实事项目票决", p1, "SECRET_BALLOT");
        }
        a1.addObject().put("id", "I7").put("type", "SUGGESTION_HANDLING_REPORT").put("title", "代表建议办理情况报告")
                .put("result", "DELIBERATED");
        if (!f.contains(Fault.FINAL_ACCOUNTS_MISSING)) {
            ObjectNode fa = item(rnd, a2, "J1", "FINAL_ACCOUNTS", (year - 1) + "年财政决算", p2, null);
            fa.put("fiscalYear", year - 1).put("publishedDate", date(s2End.plusDays(3 + rnd.nextInt(15))));
            if (!f.contains(Fault.FINAL_ACCOUNTS_UNFILED)) {
                fa.put("filedWithUpperGovernmentDate", date(s2End.plusDays(5 + rnd.nextInt(20))));
            }
        }
        boolean adjustment = f.contains(Fault.ADJUSTMENT_UNAPPROVED) || rnd.nextBoolean();
        if (adjustment) {
            item(rnd, a2, "J2", "BUDGET_ADJUSTMENT", year + "年预算调整方案", p2, null)
                    .put("fiscalYear", year).put("publishedDate", date(s2End.plusDays(3 + rnd.nextInt(15))));
        }
        if (election) {
            item(rnd, a2, "J3", "ELECTION", "补选" + town + "人民代表大会主席团成员", p2, "SECRET_BALLOT");
        }
        if (rnd.nextBoolean()) {
            item(rnd, a2, "J4", "DEPUTY_MOTION", "关于" + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "的议案", p2, null)
                    .put("signatories", 5 + rnd.nextInt(6));
        }

        // presidium meetings: one per quarter (the first decides the first session)
        ArrayNode meetings = r.putArray("presidiumMeetings");
        int skipQuarter = f.contains(Fault.PRESIDIUM_QUARTER_MISSED) ? 2 + rnd.nextInt(3) : 0;
        for (int q = 1; q <= 4; q++) {
            if (q == skipQuarter) {
                continue;
            }
            LocalDate d = q == 1 ? LocalDate.parse(s1.get("scheduleDecidedDate").asText())
                    : LocalDate.of(year, 3 * q - 2, 5).plusDays(rnd.nextInt(80));
            int members = 5 + rnd.nextInt(3);
            meetings.addObject().put("date", date(d)).put("membersTotal", members)
                    .put("membersPresent", members - rnd.nextInt(2))
                    .putArray("subjects").add(q == 1 ? "决定召开" + town + "人民代表大会会议" : "研究部署第" + q + "季度代表活动");
        }

        // budget facts
        ObjectNode b = r.putObject("budget");
        b.put("earmarkedCongressFunds", !f.contains(Fault.FUNDS_NOT_EARMARKED));
        ArrayNode adjustments = b.putArray("adjustments");
        if (adjustment) {
            ObjectNode adj = adjustments.addObject().put("id", "ADJ1")
                    .put("executedDate", date(s2Start.plusDays(10 + rnd.nextInt(40))))
                    .put("description", "增加" + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "支出")
                    .put("amount", 100000 * (2 + rnd.nextInt(15)));
            if (!f.contains(Fault.ADJUSTMENT_UNAPPROVED)) {
                adj.put("approvedAtSession", "S2");
            }
        }

        // activities and stations
        ArrayNode activities = r.putArray("activities");
        int stationCount = 1 + nTownship / 25;
        ArrayNode stations = r.putArray("stations");
        for (int i = 1; i <= stationCount; i++) {
            stations.addObject().put("id", "ST" + i).put("name", name + (i == 1 ? "" : "第" + i) + "人大代表联络站")
                    .put("establishedDate", date(LocalDate.of(2019, 3, 1).plusDays(rnd.nextInt(900))));
        }
        int[] seq = {0};
        receptions(rnd, activities, seq, stationCount, serving, "PRESIDIUM", f);
        activity(activities, seq, "BUDGET_CONSULTATION", s1Start.minusDays(5 + rnd.nextInt(15)), "PRESIDIUM",
                "组织代表听取选民对" + year + "年预算草案的意见", pick(rnd, servingTownship, 6));
        if (!f.contains(Fault.NO_SPECIAL_REPORT)) {
            ObjectNode sw = activity(activities, seq, "SPECIAL_WORK_REPORT",
                    LocalDate.of(year, 4, 1).plusDays(rnd.nextInt(150)), "PRESIDIUM",
                    "听取" + town + "人民政府" + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "工作情况报告",
                    pick(rnd, servingTownship, 10));
            followUp(rnd, sw, f.contains(Fault.SUPERVISION_NO_FEEDBACK));
        }
        if (!f.contains(Fault.NO_LAW_INSPECTION)) {
            ObjectNode li = activity(activities, seq, "LAW_ENFORCEMENT_INSPECTION",
                    LocalDate.of(year, 4, 1).plusDays(rnd.nextInt(150)), "PRESIDIUM",
                    "《中华人民共和国" + new String[]{"农产品质量安全法", "土地管理法", "安全生产法", "食品安全法"}[rnd.nextInt(4)]
                            + "》执法检查", pick(rnd, servingTownship, 7));
            followUp(rnd, li, false);
        }
        if (!f.contains(Fault.NO_DEPUTY_REPORT)) {
            activity(activities, seq, "DEPUTY_REPORT_TO_VOTERS", LocalDate.of(year, 10, 1).plusDays(rnd.nextInt(60)),
                    "PRESIDIUM", town + "人大代表向原选区选民述职", pick(rnd, servingTownship, 4));
        }
        activity(activities, seq, "TRAINING", LocalDate.of(year, 3, 1).plusDays(rnd.nextInt(60)),
                "COUNTY_STANDING_COMMITTEE", "代表履职培训", serving);

        suggestions(rnd, r, List.of(new String[]{"S1", date(s1Start)}, new String[]{"S2", date(s2Start)}),
                servingTownship, f);

        ObjectNode lp = r.putObject("livelihoodProjects");
        int selected = 5 + rnd.nextInt(6);
        lp.put("collectionStartDate", date(LocalDate.of(year - 1, 10, 1).plusDays(rnd.nextInt(60))))
                .put("candidateCount", f.contains(Fault.NO_LIVELIHOOD_MARGIN) ? selected : selected + 2 + rnd.nextInt(5))
                .put("selectedCount", selected)
                .put("implementationReportDate", date(LocalDate.of(year, 10, 8).plusDays(rnd.nextInt(30))))
                .put("satisfactionEvaluationDate", date(LocalDate.of(year, 12, 5).plusDays(rnd.nextInt(20))));
        normativeDocuments(rnd, r, name, f);
        r.putObject("disclosures")
                .put("deputyInfoPublishedDate", date(LocalDate.of(year, 2, 1).plusDays(rnd.nextInt(50))))
                .put("performanceRecordsKept", true);
        return r;
    }

    private ObjectNode session(Random rnd, ArrayNode sessions, String id, String kind, LocalDate start, int halfDays,
                               List<String> servingTownship, boolean noQuorum, boolean unexcused, Set<Fault> f) {
        int total = servingTownship.size();
        boolean first = id.equals("S1");
        ObjectNode s = sessions.addObject().put("id", id).put("kind", kind);
        s.put("scheduleDecidedDate", date(start.minusDays(18 + rnd.nextInt(3))));
        s.put("schedulePublishedDate", date(start.minusDays(15 + rnd.nextInt(3))));
        s.put("noticeDate", date(start.minusDays(first && f.contains(Fault.LATE_NOTICE) ? 2 + rnd.nextInt(3) : 8 + rnd.nextInt(5))));
        s.put("documentsDeliveredDate", date(first && f.contains(Fault.LATE_DOCUMENTS) ? start : start.minusDays(2 + rnd.nextInt(4))));
        s.put("startDate", date(start)).put("endDate", date(start.plusDays((halfDays - 1) / 2)));
        s.put("halfDays", halfDays).put("deputiesTotal", total);
        int absent = noQuorum ? total - ((2 * total + 2) / 3 - 1) : rnd.nextInt(4);
        if (unexcused && absent == 0) {
            absent = 1;
        }
        s.put("deputiesPresent", total - absent).put("presidiumElected", true);
        ArrayNode absences = s.putArray("absences");
        List<String> who = pick(rnd, servingTownship.subList(2, total), absent);
        for (int i = 0; i < who.size(); i++) {
            absences.addObject().put("deputyId", who.get(i)).put("leaveApproved", !(unexcused && i == 0));
        }
        s.putArray("agenda");
        return s;
    }

    private ObjectNode item(Random rnd, ArrayNode agenda, String id, String type, String title, int present,
                            String method) {
        int against = rnd.nextInt(2);
        int abstain = rnd.nextInt(2);
        ObjectNode it = agenda.addObject().put("id", id).put("type", type).put("title", title).put("result", "ADOPTED");
        it.putObject("vote").put("for", present - against - abstain).put("against", against).put("abstain", abstain)
                .put("method", method != null ? method : rnd.nextBoolean() ? "ELECTRONIC" : "SHOW_OF_HANDS");
        return it;
    }

    // ---------------------------------------------------------------- street

    private ObjectNode street(Random rnd, String county, String name, Set<Fault> f) {
        String label = name + "(合成)";
        ObjectNode r = header(county, label, "STREET");
        ArrayNode officers = r.putArray("officers");
        List<String> people = new ArrayList<>();
        int nDeputies = 5 + rnd.nextInt(11);
        for (int i = 0; i < nDeputies; i++) {
            people.add(person(rnd));
        }
        officers.addObject().put("id", "O1").put("name", people.get(0)).put("role", "COMMITTEE_DIRECTOR").put("fullTime", true);
        if (rnd.nextBoolean()) {
            officers.addObject().put("id", "O2").put("name", person(rnd)).put("role", "COMMITTEE_DEPUTY_DIRECTOR");
        }
        ArrayNode deputies = r.putArray("deputies");
        List<String> serving = new ArrayList<>();
        for (int i = 1; i <= nDeputies; i++) {
            String id = String.format(Locale.ROOT, "X%02d", i);
            deputies.addObject().put("id", id).put("name", people.get(i - 1))
                    .put("level", i % 5 == 0 ? "CITY" : "COUNTY").put("status", "SERVING");
            serving.add(id);
        }
        ArrayNode meetings = r.putArray("committeeMeetings");
        int skipQuarter = f.contains(Fault.COMMITTEE_QUARTER_MISSED) ? 1 + rnd.nextInt(4) : 0;
        for (int q = 1; q <= 4; q++) {
            if (q != skipQuarter) {
                int members = 3 + rnd.nextInt(3);
                meetings.addObject().put("date", date(LocalDate.of(year, 3 * q - 2, 5).plusDays(rnd.nextInt(80))))
                        .put("membersTotal", members).put("membersPresent", members - rnd.nextInt(2));
            }
        }
        ArrayNode reports = r.putArray("reportsToCounty");
        if (!f.contains(Fault.NO_REPORT_TO_COUNTY)) {
            reports.addObject().put("date", date(LocalDate.of(year, 12, 1).plusDays(rnd.nextInt(20))))
                    .put("title", name + "人大工委" + year + "年工作报告");
        }
        ArrayNode activities = r.putArray("activities");
        int stationCount = 1 + rnd.nextInt(2);
        ArrayNode stations = r.putArray("stations");
        for (int i = 1; i <= stationCount; i++) {
            stations.addObject().put("id", "ST" + i).put("name", name + (i == 1 ? "" : "第" + i) + "人大代表联络站")
                    .put("establishedDate", date(LocalDate.of(2019, 3, 1).plusDays(rnd.nextInt(900))));
        }
        int[] seq = {0};
        receptions(rnd, activities, seq, stationCount, serving, "COMMITTEE", f);
        if (!f.contains(Fault.NO_COMMITTEE_INSPECTION)) {
            activity(activities, seq, rnd.nextBoolean() ? "INSPECTION" : "RESEARCH",
                    LocalDate.of(year, 4, 1).plusDays(rnd.nextInt(180)), "COMMITTEE",
                    "视察" + new String[]{"老旧小区改造", "背街小巷整治", "社区养老服务", "农贸市场提质"}[rnd.nextInt(4)],
                    pick(rnd, serving, 3));
        }
        activity(activities, seq, "TRAINING", LocalDate.of(year, 3, 1).plusDays(rnd.nextInt(60)),
                "COUNTY_STANDING_COMMITTEE", "代表履职培训", serving);
        suggestions(rnd, r, List.of(), serving, f);
        normativeDocuments(rnd, r, name, f);
        ArrayNode councils = r.putArray("residentCouncils");
        if (!f.contains(Fault.NO_RESIDENT_COUNCIL)) {
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                councils.addObject().put("name", NAME_CHARS.charAt(rnd.nextInt(NAME_CHARS.length())) + ""
                                + NAME_CHARS.charAt(rnd.nextInt(NAME_CHARS.length())) + "社区居民议事会" + (i + 1))
                        .put("establishedDate", date(LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(700))));
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- shared parts

    private ObjectNode header(String county, String label, String kind) {
        ObjectNode r = mapper.createObjectNode();
        r.put("schemaVersion", "1.0");
        r.put("recordId", "娄底市/" + county + "/" + label + "/" + year);
        r.putObject("body").put("kind", kind).put("name", label).put("county", county).put("city", "娄底市")
                .put("province", "湖南省");
        r.put("year", year);
        return r;
    }

    /**
     * Monthly receptions at every station (minus idle months), with deputies in rotation so each
     * serving deputy takes part at least four times, except the few left short by FEW_VISITS.
     */
    private void receptions(Random rnd, ArrayNode activities, int[] seq, int stationCount, List<String> serving,
                            String organizer, Set<Fault> f) {
        List<LocalDate> dates = new ArrayList<>();
        List<String> stationOf = new ArrayList<>();
        int idleStation = 1 + rnd.nextInt(stationCount);
        Set<Integer> idleMonths = new HashSet<>();
        if (f.contains(Fault.STATION_IDLE)) {
            int n = 2 + rnd.nextInt(4);
            while (idleMonths.size() < n) {
                idleMonths.add(1 + rnd.nextInt(12));
            }
        }
        for (int m = 1; m <= 12; m++) {
            for (int st = 1; st <= stationCount; st++) {
                if (st == idleStation && idleMonths.contains(m)) {
                    continue;
                }
                dates.add(LocalDate.of(year, m, 3 + rnd.nextInt(24)));
                stationOf.add("ST" + st);
            }
        }
        List<String> shortOnes = new ArrayList<>();
        List<String> others = new ArrayList<>(serving);
        if (f.contains(Fault.FEW_VISITS)) {
            shortOnes.addAll(pick(rnd, serving.subList(2, serving.size()), 1 + rnd.nextInt(3)));
            others.removeAll(shortOnes);
        }
        int perReception = Math.min(others.size(), Math.max(2, (5 * others.size() + dates.size() - 1) / dates.size()));
        int feedbackVictim = -1;
        if (f.contains(Fault.FEEDBACK_MISSING)) {
            List<Integer> early = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                if (dates.get(i).getMonthValue() <= 9) {
                    early.add(i);
                }
            }
            feedbackVictim = early.get(rnd.nextInt(early.size()));
        }
        int next = 0;
        for (int i = 0; i < dates.size(); i++) {
            List<String> who = new ArrayList<>();
            for (int k = 0; k < perReception; k++) {
                who.add(others.get(next));
                next = (next + 1) % others.size();
            }
            for (String s : shortOnes) {
                if (i < 1 + Math.abs(s.hashCode()) % 3) {
                    who.add(s);
                }
            }
            ObjectNode a = activity(activities, seq, "STATION_RECEPTION", dates.get(i), organizer, "代表进站接待选民", who);
            a.put("stationId", stationOf.get(i));
            int opinions = i == feedbackVictim ? 1 + rnd.nextInt(4) : rnd.nextInt(5);
            a.put("opinionsCollected", opinions);
            if (opinions > 0) {
                LocalDate fwd = dates.get(i).plusDays(3 + rnd.nextInt(20));
                LocalDate back = fwd.plusDays(5 + rnd.nextInt(50));
                putIfInYear(a, "opinionsForwardedDate", fwd);
                if (i != feedbackVictim) {
                    putIfInYear(a, "feedbackDate", back);
                }
            }
        }
    }

    private ObjectNode activity(ArrayNode activities, int[] seq, String type, LocalDate d, String organizer,
                                String subject, List<String> deputyIds) {
        ObjectNode a = activities.addObject();
        a.put("id", String.format(Locale.ROOT, "A%03d", ++seq[0])).put("type", type).put("date", date(d))
                .put("organizer", organizer).put("subject", subject);
        ArrayNode ids = a.putArray("deputyIds");
        deputyIds.forEach(ids::add);
        return a;
    }

    private void followUp(Random rnd, ObjectNode a, boolean noFeedback) {
        LocalDate d = LocalDate.parse(a.get("date").asText());
        LocalDate fwd = d.plusDays(5 + rnd.nextInt(20));
        a.put("opinionsForwardedDate", date(fwd));
        if (!noFeedback) {
            putIfInYear(a, "feedbackDate", fwd.plusDays(10 + rnd.nextInt(55)));
        }
    }

    private void suggestions(Random rnd, ObjectNode r, List<String[]> sessions, List<String> deputies, Set<Fault> f) {
        ArrayNode out = r.putArray("suggestions");
        List<String[]> sources = new ArrayList<>(sessions);
        int recess = 1 + rnd.nextInt(3);
        for (int i = 0; i < recess; i++) {
            sources.add(new String[]{null, date(LocalDate.of(year, 2, 1).plusDays(rnd.nextInt(200)))});
        }
        // the late reply hits the first source (S1, or a recess suggestion), the late assignment the last (recess)
        int late = f.contains(Fault.SUGGESTION_LATE_REPLY) ? 0 : -1;
        int lateAssign = f.contains(Fault.SUGGESTION_LATE_ASSIGN) ? sources.size() - 1 : -1;
        int n = 0;
        for (int i = 0; i < sources.size(); i++) {
            int count = sources.get(i)[0] == null ? 1 : 1 + rnd.nextInt(3);
            for (int k = 0; k < count; k++) {
                boolean isLate = i == late && k == 0;
                boolean isLateAssign = i == lateAssign && k == 0;
                LocalDate submitted = LocalDate.parse(sources.get(i)[1]);
                if ((isLate || isLateAssign) && submitted.getMonthValue() > 6) {
                    submitted = submitted.withMonth(5);
                }
                ObjectNode s = out.addObject().put("id", String.format(Locale.ROOT, "G%02d", ++n));
                ArrayNode ids = s.putArray("deputyIds");
                pick(rnd, deputies, 1 + rnd.nextInt(2)).forEach(ids::add);
                s.put("submittedDate", date(submitted));
                if (sources.get(i)[0] != null) {
                    s.put("sessionId", sources.get(i)[0]);
                }
                LocalDate assigned = submitted.plusDays(isLateAssign ? 40 + rnd.nextInt(20) : 5 + rnd.nextInt(20));
                boolean complex = !isLate && rnd.nextInt(5) == 0;
                s.put("assignedDate", date(assigned)).put("complex", complex);
                LocalDate replied = isLate ? assigned.plusMonths(3).plusDays(10 + rnd.nextInt(30))
                        : assigned.plusDays(complex ? 60 + rnd.nextInt(110) : 20 + rnd.nextInt(65));
                if (!(isLate && rnd.nextBoolean())) {
                    putIfInYear(s, "repliedDate", replied);
                }
                s.put("deputyContacted", true);
            }
        }
    }

    private void normativeDocuments(Random rnd, ObjectNode r, String name, Set<Fault> f) {
        ArrayNode docs = r.putArray("normativeDocuments");
        int n = (f.contains(Fault.NORMDOC_UNFILED) ? 1 : 0) + rnd.nextInt(3);
        for (int i = 1; i <= n; i++) {
            LocalDate issued = LocalDate.of(year, 2, 1).plusDays(rnd.nextInt(230));
            ObjectNode d = docs.addObject().put("id", "N" + i)
                    .put("title", name + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "管理办法").put("issuedDate", date(issued));
            if (i == 1 && f.contains(Fault.NORMDOC_UNFILED)) {
                if (rnd.nextBoolean()) {
                    d.put("filedWithPresidiumDate", date(issued.plusDays(40 + rnd.nextInt(30))));
                }
            } else {
                d.put("filedWithPresidiumDate", date(issued.plusDays(3 + rnd.nextInt(25))));
            }
        }
    }

    /** Sets a date only when it falls in the year; a later event "has not happened yet" (rule 3). */
    private void putIfInYear(ObjectNode n, String field, LocalDate d) {
        if (d.getYear() == year) {
            n.put(field, date(d));
        }
    }

    private String person(Random rnd) {
        return "" + SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + GIVEN.charAt(rnd.nextInt(GIVEN.length()))
                + (rnd.nextBoolean() ? "" + GIVEN.charAt(rnd.nextInt(GIVEN.length())) : "");
    }

    /** {@code n} distinct elements in a seeded random order (fewer if the list is shorter). */
    private static List<String> pick(Random rnd, List<String> from, int n) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rnd);
        return new ArrayList<>(new LinkedHashSet<>(copy.subList(0, Math.min(n, copy.size()))));
    }

    private static String date(LocalDate d) {
        return d.toString();
    }

    private String readme(int townships, int streets) {
        StringBuilder b = new StringBuilder();
        b.append("# 娄底市乡镇人大、街道人大工委 ").append(year).append(" 年度履职记录（合成数据 / synthetic）\n\n");
        b.append("**合成数据 / synthetic data.** 本目录的记录均由 `SampleGenerator` 生成（seed ").append(seed)
                .append("），乡镇、街道名称和人名均为虚构，名称后标注“(合成)”，不反映任何真实乡镇的履职情况。\n")
                .append("All names are invented; no record describes a real body.\n\n");
        b.append("- 乡镇 / townships: ").append(townships).append("；街道 / streets: ").append(streets).append("\n");
        b.append("- 每条记录从一份无问题的记录出发，按下表比例注入娄底市基层人大工作会议（2025-03-24）指出的问题；")
                .append("`faults.tsv` 列出每条记录注入的问题及应当发现它的规则。\n");
        b.append("  Each record starts clean; the faults below are injected at the given rates; `faults.tsv` lists them per record.\n\n");
        b.append("重新生成 / regenerate:\n\n```\njava -cp examples/target/renda-check.jar org.renda.check.examples.sample.SampleGenerator \\\n")
                .append("     --out examples/records/loudi-").append(year).append(" --seed ").append(seed)
                .append(" --townships ").append(townships).append(" --streets ").append(streets)
                .append(" --year ").append(year).append(faults ? "" : " --no-faults").append("\n```\n\n");
        b.append("检查 / check:\n\n```\njava -jar examples/target/renda-check.jar check --format html --out /tmp/loudi.html examples/records/loudi-")
                .append(year).append("\n```\n\n");
        b.append("| 问题 / fault | 适用 | 比例 / rate | 规则 / rule |\n|---|---|---|---|\n");
        for (Fault f : Fault.values()) {
            b.append("| ").append(f.description).append(" | ")
                    .append(f.kind == Kind.T ? "乡镇" : f.kind == Kind.S ? "街道" : "乡镇、街道").append(" | ")
                    .append(Math.round(f.rate * 100)).append("% | ").append(f.ruleId).append(" |\n");
        }
        return b.toString();
    }
}
