package vn.motcua.calendar;

import java.time.Duration;

/** Durations in Vietnamese: "4 giờ", "3 giờ 30 phút", "45 phút". */
final class Durations {

	private Durations() {
	}

	static String vietnamese(Duration duration) {
		long minutes = duration.toMinutes();
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return rest + " phút";
		}
		return rest == 0 ? hours + " giờ" : hours + " giờ " + rest + " phút";
	}

}
