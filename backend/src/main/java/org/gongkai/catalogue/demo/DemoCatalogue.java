package org.gongkai.catalogue.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.gongkai.catalogue.demo.DemoDirectory.Department;
import org.gongkai.catalogue.demo.DemoGuides.Item;
import org.gongkai.catalogue.demo.DemoGuides.State;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.HandlingKind;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.Material;
import org.gongkai.catalogue.guide.OnlineDepth;

/**
 * The demo catalogue of the city: 664 items built from the real item names in {@code demo/catalogue-names.csv}
 * and {@code demo/catalogue-more.csv} (each handling variant is an item of its own), with complete guides
 * generated deterministically from the name, type, audience and department. About one item in five has a
 * history of two or three published versions.
 */
public final class DemoCatalogue {

    /** The size of the city's catalogue. */
    public static final int SIZE = 664;
    public static final String PUBLISHED_BY = "demo-data";
    static final String[] RESOURCES = {"demo/catalogue-names.csv", "demo/catalogue-more.csv"};

    /** Asia/Shanghai (Beijing time) has been UTC+8 without daylight saving since 1991; the fixed offset needs no tz database. */
    private static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    private static volatile List<DemoItem> items;

    private DemoCatalogue() {
    }

    /** All demo items, in catalogue order; the same on every call. */
    public static List<DemoItem> items() {
        List<DemoItem> result = items;
        if (result == null) {
            synchronized (DemoCatalogue.class) {
                result = items;
                if (result == null) {
                    result = Collections.unmodifiableList(generate());
                    items = result;
                }
            }
        }
        return result;
    }

    static ItemType type(String csv) {
        return switch (csv) {
            case "行政许可" -> ItemType.ADMINISTRATIVE_LICENSE;
            case "行政确认" -> ItemType.ADMINISTRATIVE_CONFIRMATION;
            case "行政裁决" -> ItemType.ADMINISTRATIVE_ADJUDICATION;
            case "行政给付" -> ItemType.ADMINISTRATIVE_PAYMENT;
            case "行政奖励" -> ItemType.ADMINISTRATIVE_REWARD;
            case "行政备案" -> ItemType.ADMINISTRATIVE_FILING;
            case "其他行政权力" -> ItemType.OTHER_ADMINISTRATIVE_POWER;
            case "公共服务" -> ItemType.PUBLIC_SERVICE;
            default -> throw new IllegalStateException("Unknown item type " + csv);
        };
    }

    static Audience audience(String csv) {
        return switch (csv) {
            case "person" -> Audience.PERSON;
            case "legal" -> Audience.LEGAL_ENTITY;
            case "both" -> Audience.BOTH;
            default -> throw new IllegalStateException("Unknown audience " + csv);
        };
    }

    private static List<DemoItem> generate() {
        Map<String, Department> departments = DemoDirectory.departments();
        List<DemoItem> list = new ArrayList<>();
        Map<String, String> basicCodes = new HashMap<>();
        Set<String> usedBasic = new HashSet<>();
        Map<String, Integer> sequence = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String resource : RESOURCES) {
            for (Map<String, String> row : DemoCsv.read(resource)) {
                Department dept = departments.get(row.get("department"));
                if (dept == null) {
                    throw new IllegalStateException("Unknown department in " + resource + ": " + row.get("department"));
                }
                ItemType type = type(row.get("type"));
                Audience audience = audience(row.get("audience"));
                String main = row.get("name");
                String basic = basicCodes.get(main);
                if (basic == null) {
                    int seq = sequence.merge(dept.code(), 1, Integer::sum);
                    basic = String.format("%02d%02d%03d%05d", dept.index() + 1, type.ordinal() + 1, seq,
                            (int) Long.remainderUnsigned(hash(main), 100000L));
                    if (!usedBasic.add(basic)) {
                        throw new IllegalStateException("Duplicate basic code " + basic);
                    }
                    basicCodes.put(main, basic);
                }
                String variants = row.getOrDefault("variants", "");
                List<String> variantList = new ArrayList<>();
                for (String v : variants.split("\\|")) {
                    if (!v.isBlank()) {
                        variantList.add(v.trim());
                    }
                }
                if (variantList.isEmpty()) {
                    variantList.add(null);
                }
                for (int i = 0; i < variantList.size(); i++) {
                    String variant = variantList.get(i);
                    if (!seen.add(main + "|" + variant)) {
                        throw new IllegalStateException("Duplicate item " + main + " " + variant);
                    }
                    String implementation = dept.creditCode() + basic + String.format("%06d", i + 1);
                    list.add(item(dept, type, audience, main, variant, basic, implementation));
                }
            }
        }
        if (list.size() != SIZE) {
            throw new IllegalStateException("The demo catalogue must have " + SIZE + " items, not " + list.size());
        }
        return list;
    }

    private static DemoItem item(Department dept, ItemType type, Audience audience, String main, String variant,
            String basic, String implementation) {
        long seed = hash(implementation + "|" + main + "|" + (variant == null ? "" : variant));
        Item it = new Item(dept, type, audience, main, variant, basic, seed);
        State current = DemoGuides.prepare(it);
        Random r = new Random(seed ^ 0x5DEECE66DL);

        // history: about one item in five has older versions; build them by undoing changes of the current state
        List<State> states = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        states.add(current);
        if (r.nextInt(100) < 20) {
            int wanted = 1 + r.nextInt(2); // 1 or 2 earlier versions
            List<Integer> changes = new ArrayList<>(List.of(0, 1, 2));
            Collections.shuffle(changes, r);
            for (int change : changes) {
                if (states.size() > wanted) {
                    break;
                }
                State newer = states.get(0);
                State older = null;
                String note = null;
                if (change == 0 && it.kind == HandlingKind.COMMITTED && newer.promised() > 0) {
                    int old = DemoGuides.loosen(it, newer.promised());
                    if (old > 0) {
                        older = new State(old, newer.depth(), newer.materials());
                        String unit = DemoGuides.unitWord(it.promisedUnit);
                        note = "根据“放管服”改革要求，承诺办结时限由" + old + unit + "压缩至" + newer.promised() + unit + "。";
                    }
                } else if (change == 1 && newer.materials().size() < 6) {
                    Material former = DemoGuides.formerMaterial(it);
                    List<Material> materials = new ArrayList<>(newer.materials());
                    materials.add(Math.min(2, materials.size()), former);
                    older = new State(newer.promised(), newer.depth(), List.copyOf(materials));
                    note = "落实“减证便民”要求，取消申请人提交“" + former.name() + "”，改为通过政务数据共享核验。";
                } else if (change == 2 && newer.depth().compareTo(OnlineDepth.II) >= 0) {
                    OnlineDepth oldDepth = OnlineDepth.values()[newer.depth().ordinal() - 1];
                    older = new State(newer.promised(), oldDepth, newer.materials());
                    int oldVisits = DemoGuides.visits(it, oldDepth);
                    int newVisits = DemoGuides.visits(it, newer.depth());
                    note = "推进“一网通办”，网上办理深度由" + DemoGuides.roman(oldDepth) + "级提升至" + DemoGuides.roman(newer.depth()) + "级"
                            + (oldVisits != newVisits ? "，到办事现场次数由" + oldVisits + "次减少为" + newVisits + "次" : "")
                            + (oldDepth == OnlineDepth.I ? "，新增网上申请渠道" : "") + "。";
                }
                if (older != null) {
                    states.add(0, older);
                    notes.add(0, note);
                }
            }
        }
        notes.add(0, "首次发布");

        int n = states.size();
        List<Instant> times = publicationTimes(r, n);
        List<DemoVersion> versions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            versions.add(new DemoVersion(DemoGuides.build(it, states.get(i)), notes.get(i), times.get(i), PUBLISHED_BY));
        }
        UUID id = UUID.nameUUIDFromBytes(implementation.getBytes(StandardCharsets.UTF_8));
        return new DemoItem(id, implementation, basic, dept.code(), versions);
    }

    /** n increasing working-day times between FIRST_DAY and LAST_DAY, 09:00–17:00 Beijing time. */
    private static List<Instant> publicationTimes(Random r, int n) {
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        long segment = days / n;
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long offset = i * segment + r.nextInt((int) Math.max(1, segment - 3));
            LocalDate day = FIRST_DAY.plusDays(offset);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.plusDays(2);
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            if (day.isAfter(LAST_DAY)) {
                day = LAST_DAY;
            }
            LocalTime time = LocalTime.of(9, 0).plusMinutes(r.nextInt(8 * 60)).plusSeconds(r.nextInt(60));
            times.add(day.atTime(time).atZone(ZONE).toInstant());
        }
        return times;
    }

    /** 64-bit FNV-1a hash of the UTF-8 bytes: stable across JVMs and locales. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
