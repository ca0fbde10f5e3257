package vn.motcua.web;

import java.time.ZoneId;

/** The one time zone of the application: Vietnam has a single zone and no daylight saving. */
public final class MotCuaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private MotCuaTime() {
	}

}
