package vn.motcua.procedure;

/** Online service level under NĐ 42/2022/NĐ-CP. */
public enum OnlineLevel {
	/** Dịch vụ công trực tuyến toàn trình. */
	FULL,
	/** Dịch vụ công trực tuyến một phần. */
	PARTIAL,
	/** Not offered online. */
	NONE
}
