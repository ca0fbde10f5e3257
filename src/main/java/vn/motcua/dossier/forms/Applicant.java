package vn.motcua.dossier.forms;

import java.util.Objects;

/**
 * The party block of the forms ("Ông/Bà", địa chỉ, số điện thoại, email: TT 01/2018/TT-VPCP Mẫu 01–03; TT 03/2025/TT-VPCP
 * Mẫu 01–05). Optional fields are {@code null} and print as a dotted blank.
 *
 * @param name the applicant (citizen or organisation): {@code Nguyễn Thị Hương}
 * @param idNumber số định danh cá nhân / CCCD, or the organisation's code; may be {@code null}
 */
public record Applicant(String name, String idNumber, String address, String phone, String email) {

	public Applicant {
		Objects.requireNonNull(name, "name");
	}

}
