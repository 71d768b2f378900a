package org.careerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Export of one assessment as a file in the documented format, and import of such a file as a new one. */
@Service
class AssessmentTransfer {

    private final AssessmentService assessments;
    private final AssessmentRepository assessmentRows;
    private final RevisionRepository revisions;
    private final InvitationRepository invitations;
    private final OpinionRepository opinions;
    private final SkillCatalogue skills;

    AssessmentTransfer(
            AssessmentService assessments,
            AssessmentRepository assessmentRows,
            RevisionRepository revisions,
            InvitationRepository invitations,
            OpinionRepository opinions,
            SkillCatalogue skills) {
        this.assessments = assessments;
        this.assessmentRows = assessmentRows;
        this.revisions = revisions;
        this.invitations = invitations;
        this.opinions = opinions;
        this.skills = skills;
    }

    /** Every revision, the ticks and every opinion given through every invitation, as the file's text. */
    @Transactional(readOnly = true)
    String export(StoredAssessment stored) {
        List<InvitationRow> invited = invitations.findByAssessmentIdOrderById(stored.id());
        Map<Long, Integer> ordinal = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (InvitationRow row : invited) {
            ordinal.put(row.getId(), ordinal.size() + 1);
            names.put(row.getId(), row.getMentorName());
        }
        List<AssessmentFile.Opinion> given = new ArrayList<>();
        if (!invited.isEmpty()) {
            opinions.findByInvitationIdInOrderByCreatedAtDescIdDesc(ordinal.keySet()).stream()
                    .sorted(Comparator.comparing(OpinionRow::getCreatedAt))
                    .forEach(o -> given.add(new AssessmentFile.Opinion(
                            ordinal.get(o.getInvitationId()),
                            names.get(o.getInvitationId()),
                            o.getCreatedAt(),
                            o.getRevisionNumber(),
                            o.answers())));
        }
        return AssessmentFile.write(
                new AssessmentFile.Contents(assessments.revisions(stored), stored.ticked(), given),
                skills.load(),
                AssessmentService.now());
    }

    /**
     * Stores a valid file as a new assessment and returns its owner token. The revisions keep their dates and
     * order;
     * ticks are kept where they are gaps in the latest revision (as ticking allows); each invitation the
     * opinions came through is recreated revoked, since its link was never given out by this portal.
     */
    @Transactional
    String importFile(AssessmentFile.Contents contents) {
        CareerModel model = skills.load();
        String token = Tokens.next();
        AssessmentRow assessment = assessmentRows.save(new AssessmentRow(token));
        // numbered 1, 2, ... as the portal numbers them, whatever numbers the file used
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Revision latest = null;
        for (Revision r : contents.revisions()) {
            int number = renumbered.size() + 1;
            renumbered.put(r.number(), number);
            revisions.save(new RevisionRow(assessment.getId(), number, r.answers(), r.createdAt()));
            latest = r;
        }
        Map<Long, Integer> expected = model.expectedByLevel().getOrDefault(latest.targetLevelId(), Map.of());
        Set<Long> ticked = assessment.getTickedSkillIds();
        for (Long id : contents.ticks()) {
            Integer rating = latest.ratings().get(id);
            if (rating != null && expected.containsKey(id) && rating < expected.get(id)) {
                ticked.add(id);
            }
        }
        Map<Integer, Long> invitationIds = new LinkedHashMap<>();
        for (AssessmentFile.Opinion o : contents.opinions()) {
            long invitation = invitationIds.computeIfAbsent(
                    o.invitation(),
                    n -> invitations
                            .save(InvitationRow.imported(assessment.getId(), o.mentor(), AssessmentService.now()))
                            .getId());
            opinions.save(new OpinionRow(invitation, renumbered.get(o.revision()), o.givenAt(), o.answers()));
        }
        return token;
    }
}
