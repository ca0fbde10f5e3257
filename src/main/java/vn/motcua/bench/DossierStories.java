package vn.motcua.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.dossier.DossierBulkLoad.SupplementRound;
import vn.motcua.web.MotCuaTime;

/**
 * The dossiers of a province over a span of days, day by day, the same for the same seed (plain Java): how many each
 * day (working days, seasons, weekdays, yearly growth; online filings on days off too), at which unit, for which
 * procedure, at what time (office hours with a morning peak, online around the clock), and each one's story against
 * the appointment the calendar gives: about 1% withdrawn, 6% with a supplement round (the appointment moved by the
 * procedure's policy), 2% resolved late, 1,5% of the resolved rejected after review, the rest early or on the due day;
 * results are mostly collected within days; whatever would happen after {@code until} has not happened yet, so the
 * dossiers of the last days are still open (about 0,5% in all with a few forgotten ones).
 *
 * <p>Codes follow DOMAIN.md §7: agency id, reception day, sequence of the day per agency in order of reception.
 */
final class DossierStories implements Iterator<Generated> {

	/** A unit as the stories need it. */
	record Unit(long id, String code, String name, String agencyId, String kind, double weight) {
	}

	/** A procedure as the stories need it. */
	record Procedure(String code, String name, String fieldCode, String level, ProcessingTime time,
			String onlineLevel, SupplementPolicy policy, double weight) {
	}

	/** Suffix of the procedure tables for days off. */
	private static final String OFF = "|off";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final double[] MONTH = { 1.15, 0.75, 1.05, 1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.0, 1.05, 1.2 };

	private static final String[] FAMILY = { "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
			"Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "K'", "Ka" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu",
			"Xuân", "Hoàng", "Kim", "Công", "Đình" };

	private static final String[] GIVEN = { "An", "Anh", "Bình", "Châu", "Cường", "Dũng", "Dung", "Giang", "Hà", "Hải",
			"Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc",
			"Nhung", "Phong", "Phúc", "Phương", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thành", "Thủy", "Trang", "Trung",
			"Tuấn", "Vân", "Việt", "Xuân", "Yến" };

	private static final char[] MOBILE = { '9', '8', '3', '7' };

	private static final String[] ID_PROVINCES = { "068", "068", "068", "066", "064", "062", "056", "054", "052",
			"038", "036", "001", "079" };

	private final long seed;

	private final List<Unit> units;

	private final LongFunction<DeadlineCalculator> calculators;

	private final WorkingCalendar calendar;

	private final LocalDate until;

	private final Instant horizon;

	private final long[] perDay;

	private final LocalDate first;

	private final double[] unitCumulative;

	/** Per unit kind: the procedures it receives and their cumulative popularity. */
	private final java.util.Map<String, Procedure[]> proceduresOf = new java.util.HashMap<>();

	private final java.util.Map<String, double[]> cumulativeOf = new java.util.HashMap<>();

	private final DeadlineCalculator[] calculatorOf;

	private int dayIndex;

	private final Deque<Generated> ready = new ArrayDeque<>();

	/**
	 * @param dossiers how many dossiers in all
	 * @param from the first day of reception
	 * @param until the last day: nothing happens after its end
	 * @param calculators the deadline rules of each unit id (its office hours and the installation's calendar)
	 */
	DossierStories(long seed, long dossiers, LocalDate from, LocalDate until, List<Unit> units,
			List<Procedure> procedures, LongFunction<DeadlineCalculator> calculators) {
		if (units.isEmpty() || procedures.isEmpty()) {
			throw new IllegalArgumentException("no units or no procedures");
		}
		this.seed = seed;
		this.units = List.copyOf(units);
		this.calculators = calculators;
		this.until = until;
		this.first = from;
		this.horizon = until.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
		this.calculatorOf = new DeadlineCalculator[units.size()];
		for (int i = 0; i < units.size(); i++) {
			calculatorOf[i] = calculators.apply(units.get(i).id());
		}
		this.calendar = calculatorOf[0].calendar();
		this.unitCumulative = cumulative(units.stream().mapToDouble(Unit::weight).toArray());
		for (String kind : List.of("PROVINCE", "DISTRICT", "COMMUNE", "DEPARTMENT")) {
			List<Procedure> receivable = procedures.stream().filter(p -> receives(kind, p.level())).toList();
			if (receivable.isEmpty()) {
				receivable = procedures;
			}
			proceduresOf.put(kind, receivable.toArray(new Procedure[0]));
			cumulativeOf.put(kind, cumulative(receivable.stream().mapToDouble(Procedure::weight).toArray()));
			// on days off only what can be filed online arrives
			List<Procedure> online = receivable.stream().filter(p -> !p.onlineLevel().equals("NONE")).toList();
			if (online.isEmpty()) {
				online = receivable;
			}
			proceduresOf.put(kind + OFF, online.toArray(new Procedure[0]));
			cumulativeOf.put(kind + OFF, cumulative(online.stream().mapToDouble(Procedure::weight).toArray()));
		}
		this.perDay = spread(dossiers, from, until);
	}

	/** The provincial centre receives province and (former) district procedures regardless of boundaries. */
	private static boolean receives(String unitKind, String level) {
		return switch (unitKind) {
			case "PROVINCE" -> !level.equals("COMMUNE");
			case "DISTRICT" -> level.equals("DISTRICT");
			default -> level.equals("COMMUNE");
		};
	}

	/** How many dossiers each day gets: exactly {@code total} in all, rounded with the remainder carried. */
	private long[] spread(long total, LocalDate from, LocalDate to) {
		int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		double[] weight = new double[days];
		double sum = 0;
		for (int i = 0; i < days; i++) {
			LocalDate day = from.plusDays(i);
			double w = calendar.isWorkingDay(day) ? 1.0 : 0.04;
			w *= MONTH[day.getMonthValue() - 1];
			w *= switch (day.getDayOfWeek()) {
				case MONDAY -> 1.15;
				case FRIDAY -> 0.9;
				default -> 1.0;
			};
			w *= Math.pow(1.07, day.getYear() - from.getYear());
			weight[i] = w;
			sum += w;
		}
		long[] counts = new long[days];
		double carry = 0;
		long given = 0;
		for (int i = 0; i < days; i++) {
			double exact = total * weight[i] / sum + carry;
			counts[i] = Math.max(0, Math.round(exact));
			carry = exact - counts[i];
			given += counts[i];
		}
		counts[days - 1] += total - given;
		return counts;
	}

	private static double[] cumulative(double[] weights) {
		double[] c = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			c[i] = sum;
		}
		for (int i = 0; i < c.length; i++) {
			c[i] /= sum;
		}
		return c;
	}

	private static int pick(double[] cumulative, double r) {
		int i = Arrays.binarySearch(cumulative, r);
		return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
	}

	@Override
	public boolean hasNext() {
		while (ready.isEmpty() && dayIndex < perDay.length) {
			generateDay(dayIndex++);
		}
		return !ready.isEmpty();
	}

	@Override
	public Generated next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return ready.poll();
	}

	/** Whether the last dossier given so far closed a day: a batch may end there. */
	boolean atDayEnd() {
		return ready.isEmpty();
	}

	private record Draft(int unit, Procedure procedure, Instant receivedAt, Channel channel, SplittableRandom random) {
	}

	private void generateDay(int index) {
		long count = perDay[index];
		if (count == 0) {
			return;
		}
		LocalDate day = first.plusDays(index);
		boolean workingDay = calendar.isWorkingDay(day);
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
		List<Draft> drafts = new ArrayList<>((int) count);
		for (long i = 0; i < count; i++) {
			int unit = pick(unitCumulative, random.nextDouble());
			String kind = units.get(unit).kind() + (workingDay ? "" : OFF);
			Procedure[] candidates = proceduresOf.get(kind);
			Procedure procedure = candidates[pick(cumulativeOf.get(kind), random.nextDouble())];
			Channel channel = channel(procedure, random, workingDay);
			Instant received = receptionTime(day, channel, random);
			drafts.add(new Draft(unit, procedure, received, channel, random.split()));
		}
		drafts.sort(Comparator.comparingInt(Draft::unit).thenComparing(Draft::receivedAt));
		int previousUnit = -1;
		int sequence = 0;
		String dayText = DAY.format(day);
		for (Draft draft : drafts) {
			sequence = draft.unit() == previousUnit ? sequence + 1 : 1;
			previousUnit = draft.unit();
			Unit unit = units.get(draft.unit());
			String code = new StringBuilder(unit.agencyId().length() + 13).append(unit.agencyId()).append('-')
				.append(dayText).append('-').append(digits(sequence, 4)).toString();
			ready.add(story(code, draft, unit, calculatorOf[draft.unit()]));
		}
	}

	private static Channel channel(Procedure procedure, SplittableRandom random, boolean workingDay) {
		double online = switch (procedure.onlineLevel()) {
			case "FULL" -> 0.85;
			case "PARTIAL" -> 0.35;
			default -> 0.0;
		};
		if (!workingDay && online > 0) {
			// the offices are closed: what arrives is filed online
			return Channel.ONLINE;
		}
		double r = random.nextDouble();
		return r < online ? Channel.ONLINE : r < online + (1 - online) * 0.03 ? Channel.POSTAL : Channel.DIRECT;
	}

	/** Desk and postal: office hours with a morning peak; online: around the clock, mostly by day. */
	private Instant receptionTime(LocalDate day, Channel channel, SplittableRandom random) {
		int minute;
		if (channel == Channel.ONLINE) {
			double r = random.nextDouble();
			minute = r < 0.75 ? 7 * 60 + random.nextInt(15 * 60) : random.nextInt(24 * 60);
		}
		else if (random.nextDouble() < 0.62) {
			// 07:30–11:30, busiest after opening
			minute = 7 * 60 + 30 + (int) (240 * Math.pow(random.nextDouble(), 1.3));
		}
		else {
			minute = 13 * 60 + 30 + random.nextInt(210);
		}
		return day.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(MotCuaTime.ZONE).toInstant();
	}

	private Generated story(String code, Draft draft, Unit unit, DeadlineCalculator calculator) {
		SplittableRandom random = draft.random();
		Procedure procedure = draft.procedure();
		boolean online = draft.channel() == Channel.ONLINE;
		Instant received = draft.receivedAt();
		Instant due = calculator.appointment(received, procedure.time(), online).instant();
		Instant start = received;
		SupplementRound supplement = null;
		Instant withdrawn = null;
		Instant resolved = null;
		boolean rejected = false;
		Instant returned = null;
		double fate = random.nextDouble();
		if (fate < 0.01) {
			withdrawn = between(received, later(due, received, 3600), random.nextDouble());
		}
		else {
			if (fate < 0.07 && procedure.time().value().signum() > 0) {
				Instant requested = office(between(received, due, 0.2 + 0.4 * random.nextDouble()), calculator);
				Instant resubmitted = office(requested.plus(Duration.ofDays(1 + random.nextInt(10))), calculator);
				Instant dueAfter = calculator.afterPause(received, procedure.time(), online,
						new Pause(requested, resubmitted, false), procedure.policy()).instant();
				boolean back = resubmitted.isBefore(horizon);
				supplement = new SupplementRound(requested, back ? resubmitted : null, due, back ? dueAfter : null,
						"Bổ sung bản sao giấy tờ còn thiếu");
				if (back) {
					due = dueAfter;
					start = resubmitted;
				}
				else {
					// still awaited at the end: nothing more has happened
					return generated(code, unit, draft, due, null, false, null, null, supplement, random);
				}
			}
			double r = random.nextDouble();
			if (r < 0.0008) {
				// forgotten: never resolved, overdue in every later report
				resolved = null;
			}
			else if (r < 0.0208) {
				resolved = office(due.plus(Duration.ofMinutes(60 + random.nextInt(10 * 24 * 60))), calculator);
			}
			else if (r < 0.36) {
				// on the due day, before the appointment
				Instant dueDayStart = due.atZone(MotCuaTime.ZONE).toLocalDate().atStartOfDay(MotCuaTime.ZONE).toInstant();
				Instant from = dueDayStart.isAfter(start) ? dueDayStart : start;
				resolved = between(from, due, random.nextDouble());
			}
			else {
				resolved = between(start, due, 0.3 + 0.65 * random.nextDouble());
			}
			if (resolved != null) {
				rejected = random.nextDouble() < 0.015;
				if (random.nextDouble() < 0.96) {
					returned = office(resolved.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60))), calculator);
				}
			}
		}
		return generated(code, unit, draft, due, resolved, rejected, returned, withdrawn, supplement, random);
	}

	private Generated generated(String code, Unit unit, Draft draft, Instant due, Instant resolved, boolean rejected,
			Instant returned, Instant withdrawn, SupplementRound supplement, SplittableRandom random) {
		if (withdrawn != null && !withdrawn.isBefore(horizon)) {
			withdrawn = null;
		}
		if (resolved != null && !resolved.isBefore(horizon)) {
			resolved = null;
			rejected = false;
			returned = null;
		}
		if (returned != null && !returned.isBefore(horizon)) {
			returned = null;
		}
		if (supplement != null && supplement.requestedAt().isAfter(horizon)) {
			supplement = null;
		}
		Procedure procedure = draft.procedure();
		boolean organisation = random.nextDouble() < 0.05;
		String name;
		String idNumber = null;
		String taxCode = null;
		if (organisation) {
			name = "Công ty TNHH " + GIVEN[random.nextInt(GIVEN.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
			taxCode = "58" + digits(random.nextInt(100_000_000), 8);
		}
		else {
			name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
					+ GIVEN[random.nextInt(GIVEN.length)];
			idNumber = ID_PROVINCES[random.nextInt(ID_PROVINCES.length)] + (random.nextBoolean() ? "0" : "1")
					+ digits(random.nextInt(100), 2) + digits(random.nextInt(1_000_000), 6);
		}
		String phone = random.nextDouble() < 0.92
				? "0" + MOBILE[random.nextInt(MOBILE.length)] + digits(random.nextInt(100_000_000), 8)
				: null;
		String address = "Thôn " + (1 + random.nextInt(12)) + ", " + unit.name();
		return new Generated(code, unit.id(), unit.code(), procedure.code(), procedure.name(), procedure.fieldCode(),
				draft.channel(), organisation, name, idNumber, taxCode, phone, address, draft.receivedAt(), due,
				resolved, rejected, returned, withdrawn, supplement, procedure.time(), procedure.policy());
	}

	/** {@code value} with leading zeros to {@code width} digits (String.format is slow for millions of rows). */
	static String digits(int value, int width) {
		String s = Integer.toString(value);
		return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
	}

	private static Instant later(Instant due, Instant received, long minSeconds) {
		return due.isAfter(received.plusSeconds(minSeconds)) ? due : received.plusSeconds(minSeconds);
	}

	private static Instant between(Instant from, Instant to, double fraction) {
		long span = Math.max(0, to.getEpochSecond() - from.getEpochSecond());
		return Instant.ofEpochSecond(from.getEpochSecond() + (long) (span * fraction)).truncatedTo(ChronoUnit.MINUTES);
	}

	/** Moved to office hours of a working day, on or after the time (people act when the office is open). */
	private Instant office(Instant at, DeadlineCalculator calculator) {
		ZonedDateTime t = at.atZone(MotCuaTime.ZONE);
		LocalDate day = t.toLocalDate();
		LocalTime time = t.toLocalTime();
		LocalTime opening = calculator.officeHours().opening();
		LocalTime closing = calculator.officeHours().closing();
		if (!calendar.covers(day)) {
			return at;
		}
		if (!calendar.isWorkingDay(day) || time.isAfter(closing)) {
			day = calendar.nextWorkingDay(day);
			time = opening.plusMinutes(Math.floorMod(at.getEpochSecond() / 60, 180));
		}
		else if (time.isBefore(opening)) {
			time = opening.plusMinutes(Math.floorMod(at.getEpochSecond() / 60, 120));
		}
		return day.atTime(time).atZone(MotCuaTime.ZONE).toInstant().truncatedTo(ChronoUnit.MINUTES);
	}

}
