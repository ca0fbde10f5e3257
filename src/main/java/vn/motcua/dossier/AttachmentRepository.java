package vn.motcua.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	@Query("select new vn.motcua.dossier.AttachmentView(a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedAt, a.uploadedBy) "
			+ "from Attachment a where a.dossierId = ?1 order by a.id")
	List<AttachmentView> listFor(Long dossierId);

}
