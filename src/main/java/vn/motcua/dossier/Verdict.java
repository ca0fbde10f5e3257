package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.web.MotCuaTime;

/**
 * Trước hạn / đúng hạn / quá hạn (DOMAIN.md §4.2): a resolved dossier is EARLY if resolved on a day before the
 * appointment's day, ON_TIME if on that day and not after the appointment, LATE if after it. The appointment is the
 * one set at reception (moved only by a supplement), never the date promised in an apology.
 */
public enum Verdict {

	EARLY, ON_TIME, LATE;

	public static Verdict of(Instant resolvedAt, Instant dueAt) {
		if (resolvedAt.isAfter(dueAt)) {
			return LATE;
		}
		LocalDate resolvedDay = LocalDate.ofInstant(resolvedAt, MotCuaTime.ZONE);
		LocalDate dueDay = LocalDate.ofInstant(dueAt, MotCuaTime.ZONE);
		return resolvedDay.isBefore(dueDay) ? EARLY : ON_TIME;
	}

}
