package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The top-left block and dateline every form has (thể thức, NĐ 30/2020/NĐ-CP; TT 01/2018/TT-VPCP and TT 03/2025/TT-VPCP
 * Mẫu 01–06): the parent body, the office issuing the form, and "place, ngày … tháng … năm …".
 *
 * @param parentBody the body above the office, upper case: {@code UBND HUYỆN BÌNH AN}; may be {@code null}
 * @param officeName the issuing office, upper case: {@code BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ},
 * {@code TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG}
 * @param place the place name of the dateline: {@code Bình An}
 * @param date the date of the form
 */
public record FormHeader(String parentBody, String officeName, String place, LocalDate date) {

	public FormHeader {
		Objects.requireNonNull(officeName, "officeName");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(date, "date");
	}

}
