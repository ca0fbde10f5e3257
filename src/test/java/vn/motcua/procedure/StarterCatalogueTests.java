package vn.motcua.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter catalogue shipped by V6__procedure_starter_catalogue.sql, checked with SQL against the real database.
 * Other tests add procedures of their own (in fields of their own), so the checks look at the starter fields only.
 */
@IntegrationTest
class StarterCatalogueTests {

	@Autowired
	JdbcTemplate jdbc;

	private int count(String sql, Object... args) {
		Integer n = this.jdbc.queryForObject(sql, Integer.class, args);
		return n == null ? 0 : n;
	}

	@Test
	void shipsAtLeastFortyActiveProcedures() {
		assertThat(count("select count(*) from procedure where active")).isGreaterThanOrEqualTo(40);
	}

	@Test
	void coversTheFieldsTheOfficesReport() {
		assertThat(count("select count(*) from procedure_field f where exists (select 1 from procedure p where p.field_id = f.id)"))
			.isGreaterThanOrEqualTo(6);
		List<String> fields = this.jdbc.queryForList(
				"select distinct f.code from procedure_field f join procedure p on p.field_id = f.id", String.class);
		assertThat(fields).contains("HO_TICH", "CHUNG_THUC", "BAO_TRO_XA_HOI", "NGUOI_CO_CONG", "DAT_DAI", "HO_KINH_DOANH");
	}

	@Test
	void everyProcedureHasTimeDocumentsLegalBasisAndSource() {
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (not exists (select 1 from procedure_processing_time t where t.procedure_id = p.id))
				""", String.class)).as("procedures without a processing time").isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (not exists (select 1 from procedure_document d where d.procedure_id = p.id))
				""", String.class)).as("procedures without a required document").isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (coalesce(trim(p.legal_basis), '') = '' or coalesce(trim(p.source), '') = '')
				""", String.class)).as("procedures without legal basis or source").isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (not exists (select 1 from procedure_level l where l.procedure_id = p.id and l.level = p.main_level))
				""", String.class)).as("main level not among the procedure's levels").isEmpty();
	}

	@Test
	void sameDayProceduresHaveTheCutoff() {
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				join procedure_processing_time t on t.procedure_id = p.id
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (t.applied_value = 0 and p.same_day_cutoff is null)
				""", String.class)).as("same-day procedures without same_day_cutoff").isEmpty();
		assertThat(this.jdbc.queryForObject("select same_day_cutoff::text from procedure where code = '2.000815'",
				String.class)).isEqualTo("15:00:00");
		assertThat(this.jdbc.queryForObject("select same_day_cutoff::text from procedure where code = '1.001193'",
				String.class)).isEqualTo("15:00:00");
	}

	@Test
	void provisionalTimesAreSaidToBeUnverified() {
		assertThat(this.jdbc.queryForList("""
				select p.code from procedure p
				join procedure_processing_time t on t.procedure_id = p.id
				where p.field_id in (select id from procedure_field where code in ('HO_TICH', 'CHUNG_THUC', 'HO_KINH_DOANH', 'BAO_TRO_XA_HOI', 'DAT_DAI', 'NGUOI_CO_CONG', 'NUOI_CON_NUOI'))
				  and (t.legal_value is null)
				  and (coalesce(p.unverified, '') not like '%TẠM TÍNH%' or coalesce(t.note, '') not like 'TẠM TÍNH%')
				""", String.class)).as("procedures with an unknown legal time not flagged TẠM TÍNH").isEmpty();
	}

	@Test
	void chungThucBanSaoFeeIsTheFixedPerPageAmount() {
		assertThat(count("""
				select count(*) from procedure_fee f join procedure p on p.id = f.procedure_id
				where p.code = '2.000815' and f.kind = 'FEE' and f.amount_vnd = 2000
				""")).isEqualTo(1);
	}

	@Test
	void findsDangKyKhaiSinhWithoutDiacritics() {
		List<String> codes = this.jdbc.queryForList("""
				select code from procedure
				where lower(f_unaccent(code || ' ' || name)) like '%' || lower(f_unaccent(?)) || '%'
				""", String.class, "DANG KY KHAI SINH");
		assertThat(codes).contains("1.001193");
		assertThat(this.jdbc.queryForObject("select name from procedure where code = '1.001193'", String.class))
			.isEqualTo("Thủ tục đăng ký khai sinh");
	}

}
