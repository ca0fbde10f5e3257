package vn.motcua.dossier;

import java.time.Instant;

/** An attachment's metadata, for lists (never its bytes). */
public record AttachmentView(Long id, String fileName, String contentType, int size, String sha256,
		Instant uploadedAt, String uploadedBy) {
}
