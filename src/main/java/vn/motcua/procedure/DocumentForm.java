package vn.motcua.procedure;

/** Hình thức of a required document. */
public enum DocumentForm {
	/** Bản chính. */
	ORIGINAL,
	/** Bản sao có chứng thực. */
	CERTIFIED_COPY,
	/** Bản sao, bản chụp. */
	COPY,
	/** Bản chính hoặc bản sao có chứng thực. */
	ORIGINAL_OR_CERTIFIED_COPY,
	/** Bản sao kèm bản chính để đối chiếu. */
	COPY_WITH_ORIGINAL
}
