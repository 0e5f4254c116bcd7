package org.assessor.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.MethodologyCopy;
import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.methodology.Methodologies;
import org.assessor.validation.MethodologyValidator;
import org.assessor.validation.Validation;
import org.assessor.workbench.Draft.State;
import org.assessor.workbench.Refused.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on a real methodology home (the 2003/04 star ratings as {@code stars}): drafts never serve, four
 * eyes, conflicting drafts, withdrawn approvals, history and rollback, and paths a draft may not write. Drafts are
 * validated in this process here (the same checks; {@code validate}'s child JVM is tested with the CLI).
 */
class WorkbenchTest {
    private static final String YAML = "methodology-configs/stars.yaml";
    private static final String DESCRIPTION = "An achieved key target adds no points.";

    @TempDir
    Path home;
    private final List<String> audit = new ArrayList<>();
    private Workbench workbench;

    @BeforeEach
    void aHomeWithOneMethodology() {
        MethodologyCopy.starRatings("stars").writeTo(home);
        AuditLog log = new AuditLog() {
            @Override
            public void record(String user, String action, String target, String outcome) {
                audit.add(user + " " + action + " " + target + ": " + outcome);
            }

            @Override
            public List<AuditEntry> newest(int limit) {
                return List.of();
            }
        };
        workbench = new Workbench(home, log, Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC),
                (methodologies, id) -> new MethodologyValidator(methodologies).validate(id));
    }

    @Test
    void aDraftIsEditedApartAndNeverChangesWhatServes() throws Exception {
        String served = Files.readString(home.resolve(YAML));
        String version = version();

        Draft draft = edited("alice", DESCRIPTION, "An achieved key target adds nothing.");

        assertThat(Files.readString(home.resolve(YAML))).isEqualTo(served);
        assertThat(version()).isEqualTo(version);
        assertThat(workbench.files(draft.id()).get(YAML)).contains("An achieved key target adds nothing.");
        assertThat(draft.baseVersion()).isEqualTo(version);
        assertThat(workbench.diff(draft.id()).summary()).isEqualTo("parameters: 1 changed");
    }

    @Test
    void aProblemIsFoundAtItsLineOfTheDraftAndStopsTheSubmission() {
        Draft draft = edited("alice", "achieved: {value: 0,", "achieved: {value: zero,");

        Validation found = workbench.check("alice", draft.id());
        assertThat(found.ok()).isFalse();
        assertThat(found.problems()).anySatisfy(p -> assertThat(p.toString()).startsWith(YAML + ":" + lineOf("achieved: {value: 0,") + ":"));
        assertThatThrownBy(() -> workbench.submit("alice", draft.id(), "simpler wording"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID))
                .hasMessageStartingWith("the draft does not pass its checks: ");
        assertThat(workbench.draft(draft.id()).state()).isEqualTo(State.EDITING);
    }

    @Test
    void theAuthorCannotApproveTheirOwnDraft() {
        Draft draft = submitted("alice");

        assertThatThrownBy(() -> workbench.approve("alice", draft.id()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_ALLOWED))
                .hasMessage("a draft's author cannot approve it: publishing needs a second methodology user");
        assertThat(workbench.draft(draft.id()).state()).isEqualTo(State.SUBMITTED);
        assertThat(audit).last().asString().startsWith("alice approve draft 1 of stars: refused: ");
    }

    @Test
    void onlyTheAuthorEditsADraft() {
        Draft draft = workbench.start("alice", "stars");

        assertThatThrownBy(() -> workbench.save("bob", draft.id(), YAML, "id: stars\n"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_ALLOWED));
        assertThat(workbench.files(draft.id()).get(YAML)).startsWith("# NHS performance ratings");
    }

    @Test
    void anApprovedDraftIsPublishedWithItsReasonAndTheFilesItReplacesAreKept() throws Exception {
        String original = Files.readString(home.resolve(YAML));
        String originalVersion = version();
        Draft draft = submitted("alice");
        workbench.approve("bob", draft.id());

        Publication published = workbench.publish("alice", draft.id());

        assertThat(Files.readString(home.resolve(YAML))).isEqualTo(workbench.files(draft.id()).get(YAML)).isNotEqualTo(original);
        assertThat(version()).isEqualTo(published.versionAfter()).isNotEqualTo(originalVersion);
        assertThat(workbench.history("stars")).extracting(Publication::number, Publication::kind, Publication::versionAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Publication.Kind.ORIGINAL, originalVersion),
                        org.assertj.core.groups.Tuple.tuple(2, Publication.Kind.PUBLISHED, published.versionAfter()));
        assertThat(published).extracting(Publication::author, Publication::approver, Publication::reason, Publication::versionBefore,
                Publication::differences).containsExactly("alice", "bob", "simpler wording", originalVersion, "parameters: 1 changed");
        assertThat(workbench.files(workbench.history("stars").get(0)).get(YAML)).isEqualTo(original);
        assertThat(workbench.draft(draft.id()).state()).isEqualTo(State.PUBLISHED);
        assertThat(audit).containsExactly(
                "alice draft draft 1 of stars: ok",
                "alice edit draft 1 of stars: ok: edit " + YAML,
                "alice submit draft 1 of stars: ok",
                "bob approve draft 1 of stars: ok",
                "alice publish draft 1 of stars: ok");
    }

    @Test
    void anEditAfterApprovalWithdrawsItSoWhatIsPublishedIsWhatWasApproved() {
        Draft draft = submitted("alice");
        workbench.approve("bob", draft.id());

        workbench.save("alice", draft.id(), YAML, workbench.files(draft.id()).get(YAML).replace("adds nothing.", "adds zero."));

        assertThat(workbench.draft(draft.id())).extracting(Draft::state, Draft::approver).containsExactly(State.EDITING, null);
        assertThatThrownBy(() -> workbench.publish("alice", draft.id()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void aSecondDraftOfTheSameVersionConflictsOnceTheFirstIsPublished() throws Exception {
        Draft first = submitted("alice");
        Draft second = workbench.start("carol", "stars");
        workbench.save("carol", second.id(), YAML, workbench.files(second.id()).get(YAML).replace(DESCRIPTION, "No points."));
        workbench.submit("carol", second.id(), "shorter");
        workbench.approve("bob", first.id());
        workbench.approve("bob", second.id());
        workbench.publish("alice", first.id());
        String published = Files.readString(home.resolve(YAML));

        assertThatThrownBy(() -> workbench.publish("carol", second.id()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.CONFLICT))
                .hasMessageContaining("stars has changed since the draft began");
        assertThat(Files.readString(home.resolve(YAML))).isEqualTo(published);
    }

    @Test
    void aRollbackRestoresAnEarlierVersionAsANewOne() throws Exception {
        String original = Files.readString(home.resolve(YAML));
        String originalVersion = version();
        Draft draft = submitted("alice");
        workbench.approve("bob", draft.id());
        workbench.publish("bob", draft.id());

        Publication rollback = workbench.rollback("bob", "stars", 1, "the wording confused trusts");

        assertThat(Files.readString(home.resolve(YAML))).isEqualTo(original);
        assertThat(version()).isEqualTo(originalVersion).isEqualTo(rollback.versionAfter());
        assertThat(rollback).extracting(Publication::number, Publication::kind, Publication::reason)
                .containsExactly(3, Publication.Kind.ROLLBACK, "back to version 1: the wording confused trusts");
        assertThatThrownBy(() -> workbench.rollback("bob", "stars", 9, "x"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void aDraftWritesOnlyItsMethodologysFiles() {
        Draft draft = workbench.start("alice", "stars");

        for (String path : List.of("../../etc/passwd", "rules/other/x.drl", "rules/stars/../../x.drl", "rules/stars/.hidden.drl",
                "methodology-configs/other.yaml", "rules/stars/x.java", "/tmp/x.drl")) {
            assertThatThrownBy(() -> workbench.save("alice", draft.id(), path, "x"))
                    .as(path).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID));
        }
        assertThat(workbench.files(draft.id()).keySet()).containsExactly("methodology-configs/stars.tests.yaml", YAML,
                "rules/stars/1-key-targets.drl", "rules/stars/2-balanced-scorecard.drl", "rules/stars/3-star-rating.drl",
                "rules/stars/4-clinical-governance.drl");
    }

    @Test
    void aNewMethodologyStartsAsACopyOrAsOneThatExtendsTheBaseAndPassesItsChecks() throws Exception {
        Draft copy = workbench.startNew("alice", "stars", "stars-copy", false);
        Draft child = workbench.startNew("alice", "stars", "stars-child", true);

        Map<String, String> copied = workbench.files(copy.id());
        assertThat(copied.get("methodology-configs/stars-copy.yaml")).contains("\nid: stars-copy\n");
        assertThat(copied.get("rules/stars-copy/1-key-targets.drl")).contains("package assessor.stars_copy;");
        assertThat(workbench.check("alice", copy.id()).ok()).as(workbench.check("alice", copy.id()).problems().toString()).isTrue();
        assertThat(workbench.files(child.id()).get("methodology-configs/stars-child.yaml")).startsWith("id: stars-child\ntitle: \"NHS performance ratings 2003/04 (star ratings), variant stars-child\"\nextends: stars\n");
        assertThat(workbench.check("alice", child.id()).ok()).as(workbench.check("alice", child.id()).problems().toString()).isTrue();
        assertThat(workbench.diff(child.id()).summary()).isEqualTo("settings: 1 added, 1 changed");
        assertThatThrownBy(() -> workbench.startNew("alice", "stars", "stars-copy", true))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.CONFLICT));
        assertThatThrownBy(() -> workbench.startNew("alice", "stars", "Stars Copy", true))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID));

        workbench.submit("alice", child.id(), "a variant to try");
        workbench.approve("bob", child.id());
        workbench.publish("alice", child.id());
        assertThat(new Methodologies(home).ids()).containsExactly("stars", "stars-child");
        assertThat(workbench.history("stars-child")).extracting(Publication::kind).containsExactly(Publication.Kind.PUBLISHED);
    }

    private Draft edited(String author, String old, String replacement) {
        Draft draft = workbench.start(author, "stars");
        String yaml = workbench.files(draft.id()).get(YAML);
        assertThat(yaml).contains(old);
        return workbench.save(author, draft.id(), YAML, yaml.replaceFirst(java.util.regex.Pattern.quote(old), replacement));
    }

    private Draft submitted(String author) {
        Draft draft = edited(author, DESCRIPTION, "An achieved key target adds nothing.");
        return workbench.submit(author, draft.id(), "simpler wording");
    }

    private String version() {
        return new Methodologies(home).load("stars").version();
    }

    private int lineOf(String text) {
        return MethodologyCopy.lineOf(home, YAML, text);
    }
}
