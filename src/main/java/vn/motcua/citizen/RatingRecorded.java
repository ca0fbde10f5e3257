package vn.motcua.citizen;

import java.time.Instant;

/** A citizen rated a returned dossier (from the lookup page, or at the counter through the clerk). */
public record RatingRecorded(String dossierCode, Long unitId, RatingLevel level, boolean atCounter, Instant at) {
}
