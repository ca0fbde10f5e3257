package vn.motcua.dossier;

/** Kênh tiếp nhận. */
public enum Channel {
	/** Trực tiếp tại bộ phận một cửa. */
	DIRECT,
	/** Trực tuyến. */
	ONLINE,
	/** Qua dịch vụ bưu chính công ích. */
	POSTAL
}
