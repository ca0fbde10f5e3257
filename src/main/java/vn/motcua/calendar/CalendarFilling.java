package vn.motcua.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, fills the years without a decision from the default rules ({@link CalendarDays#fillMissingYears()}),
 * then builds the calendar once so that the first dossier does not wait for it.
 */
@Component
class CalendarFilling implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CalendarFilling.class);

	private final CalendarDays calendar;

	CalendarFilling(CalendarDays calendar) {
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = calendar.fillMissingYears();
		if (filled > 0) {
			log.info("Working-day calendar: {} year(s) filled by the default rules, to be confirmed on /admin/calendar",
					filled);
		}
		calendar.workingCalendar();
	}

}
