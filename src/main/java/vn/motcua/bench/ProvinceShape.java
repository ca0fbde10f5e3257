package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fictional province of realistic shape, the same for the same seed (plain Java, no Spring): one province, a few
 * historic districts with their communes (three levels) and most communes directly under the province (two levels,
 * as after the 2025 reform), about 150 units in all; 2.000 procedures over 40 fields with the processing times, online
 * levels and popularity of a real catalogue (a few procedures, such as chứng thực and hộ tịch, take most dossiers).
 * Written out as the unit and procedure import files, so the catalogue enters through those modules' own imports.
 */
final class ProvinceShape {

	/** A unit of the generated tree; {@code weight} is its share of the dossiers. */
	record Unit(String code, String name, String kind, String parentCode, String agencyId, double weight) {
	}

	/** A procedure of the generated catalogue; {@code weight} is its popularity among its level's procedures. */
	record Procedure(String code, String name, String fieldCode, String fieldName, String level, String value,
			String unit, String legalValue, String onlineLevel, String sameDayCutoff, String supplementPolicy,
			double weight) {
	}

	static final int DISTRICTS = 8;

	static final int FIELDS = 40;

	static final String[] FIELD_NAMES = { "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Đăng ký kinh doanh",
			"Thành lập và hoạt động của hộ kinh doanh", "Bảo trợ xã hội", "Người có công", "Lao động, tiền lương",
			"Giáo dục và Đào tạo", "Y tế dự phòng", "Khám bệnh, chữa bệnh", "Dược phẩm", "Tài nguyên nước",
			"Môi trường", "Nông nghiệp", "Lâm nghiệp", "Thủy sản", "Thú y", "Trồng trọt và bảo vệ thực vật",
			"Giao thông đường bộ", "Đường thủy nội địa", "Công thương", "Lưu thông hàng hóa trong nước", "An toàn thực phẩm",
			"Văn hóa", "Thể dục, thể thao", "Du lịch", "Thông tin và Truyền thông", "Xuất bản, in và phát hành",
			"Tư pháp", "Nuôi con nuôi", "Lý lịch tư pháp", "Tôn giáo", "Thi đua, khen thưởng", "Nội vụ", "Tài chính",
			"Thuế", "Quy hoạch", "Phòng cháy, chữa cháy" };

	private static final String[] DISTRICT_NAMES = { "Bảo Lâm", "Di Linh", "Đức Trọng", "Lâm Hà", "Đơn Dương",
			"Cát Tiên", "Đạ Huoai", "Lạc Dương" };

	private static final String[] PLACE_NAMES = { "An Bình", "An Hòa", "An Phú", "Bình Minh", "Bình Thạnh", "Bình Trị",
			"Cát Lâm", "Đại Lào", "Đông Hà", "Gia Hiệp", "Hòa Bắc", "Hòa Nam", "Hòa Ninh", "Hòa Trung", "Liên Đầm",
			"Lộc An", "Lộc Châu", "Lộc Đức", "Lộc Nga", "Lộc Quảng", "Lộc Tân", "Lộc Thành", "Mỹ Đức", "Nam Ban",
			"Ninh Gia", "Phú Hội", "Phước Cát", "Quảng Lập", "Tân Châu", "Tân Hà", "Tân Lâm", "Tân Nghĩa", "Tân Thượng",
			"Tân Văn", "Tam Bố", "Đinh Lạc", "Đinh Trang Hòa", "Đinh Trang Thượng", "Gung Ré", "Sơn Điền", "Bảo Thuận",
			"Liên Hiệp", "Hiệp An", "Hiệp Thạnh", "Ninh Loan", "Tà Hine", "Đà Loan", "Phú Sơn", "Đạ Đờn", "Phi Tô",
			"Mê Linh", "Đông Thanh", "Gia Lâm", "Nam Hà", "Phúc Thọ", "Tân Hội", "Đa Quyn", "Ka Đô", "Ka Đơn", "Lạc Lâm",
			"Lạc Xuân", "Pró", "Quảng Hiệp", "Tu Tra", "Đạ Ròn", "Đức Phổ", "Gia Viễn", "Nam Ninh", "Phước Lộc",
			"Tiên Hoàng", "Đồng Nai Thượng", "Đạ Oai", "Đạ Tồn", "Hà Lâm", "Mađaguôi", "Phước Lộc Tây", "Đạ Sar",
			"Đạ Nhim", "Đạ Chais", "Đưng K'Nớ", "Lát", "Xuân Trường", "Xuân Thọ", "Trạm Hành", "Tà Nung", "Hiệp Hòa" };

	private static final String[] ACTIONS = { "Đăng ký", "Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn",
			"Thay đổi nội dung", "Xác nhận", "Công nhận", "Thẩm định", "Phê duyệt", "Chấm dứt", "Giải quyết chế độ",
			"Cho phép", "Thông báo" };

	private static final String[] OBJECTS = { "giấy chứng nhận", "giấy phép", "hồ sơ", "đăng ký", "chứng chỉ",
			"quyết định", "trợ cấp", "giấy xác nhận", "bản sao", "văn bản chấp thuận" };

	private final List<Unit> units = new ArrayList<>();

	private final List<Procedure> procedures = new ArrayList<>();

	/**
	 * @param rootCode the province's unit code (the installation's root unit)
	 * @param rootName its name
	 * @param units how many units in all, the province included (about 150)
	 * @param procedures how many procedures (2.000)
	 */
	ProvinceShape(long seed, String rootCode, String rootName, int units, int procedures) {
		SplittableRandom random = new SplittableRandom(seed);
		buildUnits(random, rootCode, rootName, units);
		buildProcedures(random, rootCode, procedures);
	}

	List<Unit> units() {
		return units;
	}

	List<Procedure> procedures() {
		return procedures;
	}

	/** Two-letter province marker used in agency ids ({@code H80}-like), from the root code's digits. */
	private static String provinceMarker(String rootCode) {
		String digits = rootCode.replaceAll("\\D", "");
		return "H" + (digits.isEmpty() ? "80" : digits.substring(Math.max(0, digits.length() - 2)));
	}

	private void buildUnits(SplittableRandom random, String rootCode, String rootName, int count) {
		String marker = provinceMarker(rootCode);
		// the provincial public-service centre takes about a fifth of all dossiers
		units.add(new Unit(rootCode, rootName, "PROVINCE", "", "000.00.00." + marker, 0.20 * (count - 1)));
		int communes = count - 1 - DISTRICTS;
		int underDistricts = Math.min(communes / 2, DISTRICTS * 8);
		int place = 0;
		for (int d = 0; d < DISTRICTS; d++) {
			String code = "%sH%02d".formatted(rootCode, d + 1);
			units.add(new Unit(code, "Huyện " + DISTRICT_NAMES[d % DISTRICT_NAMES.length], "DISTRICT", rootCode,
					"000.00.%02d.%s".formatted(31 + d, marker), 0.15 * (count - 1) / DISTRICTS));
		}
		for (int c = 0; c < communes; c++) {
			boolean inDistrict = c < underDistricts;
			String parent = inDistrict ? "%sH%02d".formatted(rootCode, c % DISTRICTS + 1) : rootCode;
			String prefix = c % 9 == 0 ? "Phường " : c % 13 == 0 ? "Thị trấn " : "Xã ";
			String name = prefix + PLACE_NAMES[place++ % PLACE_NAMES.length]
					+ (place > PLACE_NAMES.length ? " " + (place / PLACE_NAMES.length + 1) : "");
			String agency = inDistrict ? "000.%02d.%02d.%s".formatted(c / DISTRICTS + 1, 31 + c % DISTRICTS, marker)
					: "000.%02d.%02d.%s".formatted((c - underDistricts) % 90 + 1, 60 + (c - underDistricts) / 90,
							marker);
			// communes differ a lot in population: log-normal sizes, mean about 1
			double size = Math.exp(random.nextGaussian() * 0.6 - 0.18);
			units.add(new Unit("%sX%03d".formatted(rootCode, c + 1), name, "COMMUNE", parent, agency, 0.65 * size));
		}
	}

	private void buildProcedures(SplittableRandom random, String rootCode, int count) {
		String marker = provinceMarker(rootCode);
		// fields differ in size too: the first ones (hộ tịch, chứng thực, đất đai…) hold more procedures
		double[] fieldWeight = new double[FIELDS];
		double sum = 0;
		for (int f = 0; f < FIELDS; f++) {
			fieldWeight[f] = 1.0 / Math.pow(f + 2, 0.6);
			sum += fieldWeight[f];
		}
		int[] perField = new int[FIELDS];
		int given = 0;
		for (int f = 0; f < FIELDS; f++) {
			perField[f] = Math.max(1, (int) Math.round(count * fieldWeight[f] / sum));
			given += perField[f];
		}
		perField[0] += Math.max(0, count - given);
		// a small catalogue: every field keeps one procedure, the largest give up the rest
		for (int f = 0; given > count && f < FIELDS; f = (f + 1) % FIELDS) {
			if (perField[f] > 1) {
				perField[f]--;
				given--;
			}
			if (given > count && java.util.Arrays.stream(perField).allMatch(n -> n <= 1)) {
				break;
			}
		}
		int n = 0;
		for (int f = 0; f < FIELDS; f++) {
			String fieldCode = "F%02d.%s".formatted(f + 1, marker);
			for (int i = 0; i < perField[f]; i++) {
				n++;
				String code = "%d.%06d.%s".formatted(1 + n % 2, 1000 + n, marker);
				String name = "%s %s (%s, thủ tục %d)".formatted(ACTIONS[random.nextInt(ACTIONS.length)],
						OBJECTS[random.nextInt(OBJECTS.length)], FIELD_NAMES[f].toLowerCase(java.util.Locale.ROOT),
						i + 1);
				boolean sameDayField = f < 2;
				double r = random.nextDouble();
				String level = sameDayField ? (r < 0.8 ? "COMMUNE" : "DISTRICT")
						: r < 0.40 ? "COMMUNE" : r < 0.65 ? "DISTRICT" : "PROVINCE";
				String[] time = processingTime(random, sameDayField);
				double o = random.nextDouble();
				String online = o < 0.35 ? "FULL" : o < 0.75 ? "PARTIAL" : "NONE";
				String policy = random.nextDouble() < 0.1 ? "RESTART" : "PAUSE";
				// Zipf-like popularity: a handful of procedures take most dossiers (same-day fields most of all)
				double weight = 1.0 / Math.pow(1 + random.nextInt(count), 1.05) * (sameDayField ? 6 : 1);
				procedures.add(new Procedure(code, name, fieldCode, FIELD_NAMES[f], level, time[0], time[1], time[2],
						online, time[3], policy, weight));
			}
		}
	}

	/** {value, unit, legal value, same-day cut-off} as the procedure import reads them. */
	private static String[] processingTime(SplittableRandom random, boolean sameDayField) {
		double r = random.nextDouble();
		if (sameDayField && r < 0.5) {
			return new String[] { "0", "WORKING_DAYS", "0", "15:00" };
		}
		if (r < 0.02) {
			String hours = random.nextBoolean() ? "4" : "8";
			return new String[] { hours, "WORKING_HOURS", hours, "" };
		}
		if (r < 0.05) {
			return new String[] { "30", "CALENDAR_DAYS", "30", "" };
		}
		int[] days = { 1, 2, 3, 3, 5, 5, 5, 7, 7, 10, 10, 10, 12, 15, 15, 20, 30 };
		int applied = days[random.nextInt(days.length)];
		// many provinces apply a shorter time than the law allows (the reduction report)
		int legal = random.nextDouble() < 0.3 ? applied + 1 + random.nextInt(Math.max(1, applied / 2)) : applied;
		return new String[] { Integer.toString(applied), "WORKING_DAYS", Integer.toString(legal), "" };
	}

	/** The unit import file (organisation module), the root row included to give it its agency id. */
	String unitsCsv() {
		StringBuilder csv = new StringBuilder("code,name,kind,parent_code,agency_id\n");
		for (Unit u : units) {
			csv.append(u.code()).append(',').append(quote(u.name())).append(',').append(u.kind()).append(',')
				.append(u.parentCode()).append(',').append(u.agencyId()).append('\n');
		}
		return csv.toString();
	}

	/** The procedure import file (procedure module). */
	String proceduresCsv() {
		return proceduresCsv(0, procedures.size());
	}

	/** The procedure import file of procedures {@code from} (inclusive) to {@code to} (exclusive). */
	String proceduresCsv(int from, int to) {
		StringBuilder csv = new StringBuilder("code,name,field_code,field_name,level,processing_days,processing_unit,"
				+ "legal_processing_days,online_level,same_day_cutoff,supplement_policy\n");
		for (Procedure p : procedures.subList(from, to)) {
			csv.append(p.code()).append(',').append(quote(p.name())).append(',').append(p.fieldCode()).append(',')
				.append(quote(p.fieldName())).append(',').append(p.level()).append(',').append(p.value()).append(',')
				.append(p.unit()).append(',').append(p.legalValue()).append(',').append(p.onlineLevel()).append(',')
				.append(p.sameDayCutoff()).append(',').append(p.supplementPolicy()).append('\n');
		}
		return csv.toString();
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
