package vn.motcua.citizen;

import java.util.List;

/**
 * Many ratings recorded at once by {@link RatingBulkLoad} (generated benchmark data): the same facts as one
 * {@link RatingRecorded} each, published per batch so that listeners bring themselves up to date in one statement.
 */
public record RatingsImported(List<RatingRecorded> ratings) {

	public RatingsImported {
		ratings = List.copyOf(ratings);
	}

}
