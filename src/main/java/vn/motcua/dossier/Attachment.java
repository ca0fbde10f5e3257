package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A digitised document of a dossier; its bytes are only read when downloaded. */
@Entity
@Table(name = "dossier_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long dossierId;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private int size;

	@Column(nullable = false, updatable = false, columnDefinition = "bpchar(64)")
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(nullable = false, updatable = false)
	private Instant uploadedAt;

	@Column(nullable = false, updatable = false)
	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(Long dossierId, String fileName, String contentType, byte[] content, String sha256, Instant at,
			String by) {
		this.dossierId = dossierId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.uploadedAt = at;
		this.uploadedBy = by;
	}

	Long getId() {
		return id;
	}

	Long getDossierId() {
		return dossierId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	byte[] getContent() {
		return content;
	}

	String getSha256() {
		return sha256;
	}

	AttachmentView view() {
		return new AttachmentView(id, fileName, contentType, size, sha256, uploadedAt, uploadedBy);
	}

}
