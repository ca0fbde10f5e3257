package vn.motcua.dossier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantRulesTests {

	@Test
	void personalIdNumbersHaveTwelveDigitsAndAProvinceCode() {
		assertThat(ApplicantRules.isPersonalIdNumber("001095012345")).isTrue(); // Hà Nội
		assertThat(ApplicantRules.isPersonalIdNumber("079203001234")).isTrue(); // TP Hồ Chí Minh
		assertThat(ApplicantRules.isPersonalIdNumber("003095012345")).isFalse(); // 003 is no province
		assertThat(ApplicantRules.isPersonalIdNumber("00109501234")).isFalse(); // 11 digits
		assertThat(ApplicantRules.isPersonalIdNumber("0010950123456")).isFalse(); // 13 digits
		assertThat(ApplicantRules.isPersonalIdNumber("00109501234a")).isFalse();
		assertThat(ApplicantRules.isPersonalIdNumber("０01095012345")).isFalse(); // full-width digit
		assertThat(ApplicantRules.isPersonalIdNumber(null)).isFalse();
	}

	@Test
	void taxCodesHaveTenDigitsOrTenPlusThree() {
		assertThat(ApplicantRules.isTaxCode("0100109106")).isTrue();
		assertThat(ApplicantRules.isTaxCode("0100109106-001")).isTrue();
		assertThat(ApplicantRules.isTaxCode("010010910")).isFalse();
		assertThat(ApplicantRules.isTaxCode("0100109106-1")).isFalse();
	}

	@Test
	void phonesAreNormalisedToDigits() {
		assertThat(ApplicantRules.digits("0912 345.678")).isEqualTo("0912345678");
		assertThat(ApplicantRules.isPhone("0912345678")).isTrue();
		assertThat(ApplicantRules.isPhone("02053871234")).isTrue(); // landline with area code
		assertThat(ApplicantRules.isPhone("912345678")).isFalse();
		assertThat(ApplicantRules.isPhone("09123456789012")).isFalse();
	}

	@Test
	void emailsNeedAnAtAndADomain() {
		assertThat(ApplicantRules.isEmail("huong.nguyen@example.vn")).isTrue();
		assertThat(ApplicantRules.isEmail("huong@localhost")).isFalse();
		assertThat(ApplicantRules.isEmail("a b@example.vn")).isFalse();
	}

}
