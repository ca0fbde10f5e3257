package vn.motcua.citizen;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.audit.AuditLog;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicStatus;
import vn.motcua.organisation.CurrentUser;

/**
 * One rating per dossier, once its result has been returned: by the citizen from the lookup page, or entered by the
 * clerk at the counter on the citizen's behalf. Publishes {@link RatingRecorded} for the statistics.
 */
@Service
@Transactional
public class CitizenRatings {

	private final RatingRepository ratings;

	private final Dossiers dossiers;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	CitizenRatings(RatingRepository ratings, Dossiers dossiers, ApplicationEventPublisher events, AuditLog audit,
			Clock clock, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.ratings = ratings;
		this.dossiers = dossiers;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** By the citizen, for a dossier whose code and check they gave (see {@link CitizenLookup}). */
	public void rate(PublicStatus dossier, RatingLevel level, String comment) {
		save(dossier.code(), dossier.resolvingUnitId(), dossier.status(), level, comment, false, null);
	}

	/** At the counter, entered by a clerk who may see the dossier. */
	public void rateAtCounter(CurrentUser clerk, String code, RatingLevel level, String comment) {
		DossierView dossier = dossiers.get(clerk, code);
		save(dossier.code(), dossier.resolvingUnitId(), dossier.status(), level, comment, true, clerk.username());
	}

	/** Shown on every lookup of a returned dossier: one autocommit read, without a JPA transaction around it. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
	public java.util.Optional<RatingLevel> ratingOf(String code) {
		return jdbc.queryForList("select level from citizen_rating where dossier_code = ?", String.class, code)
			.stream()
			.findFirst()
			.map(RatingLevel::valueOf);
	}

	private void save(String code, Long unitId, DossierStatus status, RatingLevel level, String comment,
			boolean atCounter, String by) {
		if (level == null) {
			throw new CitizenException("citizen.rating.levelRequired");
		}
		if (status != DossierStatus.RETURNED) {
			throw new CitizenException("citizen.rating.notReturned");
		}
		if (ratings.existsByDossierCode(code)) {
			throw new CitizenException("citizen.rating.already");
		}
		String text = StringUtils.hasText(comment) ? comment.trim() : null;
		if (text != null && text.length() > 1000) {
			throw new CitizenException("citizen.rating.commentTooLong");
		}
		try {
			ratings.saveAndFlush(new Rating(code, unitId, level, text, atCounter, by, clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// the same dossier rated twice at the same moment: the unique key keeps the first
			throw new CitizenException("citizen.rating.already");
		}
		audit.record("citizen.rated", "Dossier", code, level + (atCounter ? " (tại quầy)" : " (trực tuyến)"));
		events.publishEvent(new RatingRecorded(code, unitId, level, atCounter, clock.instant()));
	}

}
