package vn.motcua;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The application clock in integration tests: the system clock unless a test sets it, so that flows across days
 * (a supplement round, a late result) can be walked in seconds. A test that sets it resets it when done.
 */
public class TestClock extends Clock {

	private volatile Instant fixed;

	private final ZoneId zone;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	public void set(ZonedDateTime at) {
		this.fixed = at.toInstant();
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock clock = new TestClock(zone);
		clock.fixed = fixed;
		return clock;
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : Instant.now();
	}

}
