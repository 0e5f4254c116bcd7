package org.assessor.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.assessor.archive.AuditLog;
import org.assessor.compare.Comparison;
import org.assessor.compare.Side;
import org.assessor.diff.MethodologyDiff;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rating.RatingService;
import org.assessor.validation.IsolatedValidator;
import org.assessor.validation.Validation;
import org.assessor.workbench.Draft.State;
import org.assessor.workbench.Refused.Reason;

/**
 * Drafts, approval and publication of methodologies, for the methodology team. A draft is edited by its author
 * alone and checked as {@code validate} checks files; it is submitted with a reason, approved by a second
 * methodology user (four eyes: never its author), and published by either of them only if the methodology has
 * not changed since the draft began and the draft still passes every check. Publishing writes the files the
 * server and the command line read; every version it puts in place is kept and can be restored. Every action,
 * refused ones too, goes to the audit log.
 */
public final class Workbench {
    private static final String ID = "[a-z0-9][a-z0-9-]{0,60}";

    private final Path home;
    private final WorkbenchStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final BiFunction<Methodologies, String, Validation> validator;

    /** A workbench on {@code home} that validates drafts in a child JVM, as {@code validate} does. */
    public Workbench(Path home, AuditLog audit) {
        this(home, audit, Clock.systemUTC(), (methodologies, id) -> new IsolatedValidator(methodologies).validate(id));
    }

    Workbench(Path home, AuditLog audit, Clock clock, BiFunction<Methodologies, String, Validation> validator) {
        this.home = home;
        this.store = new WorkbenchStore(home);
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /** A draft of the next version of methodology {@code id}, starting from its files as they are. */
    public synchronized Draft start(String user, String id) {
        String version = live().load(id).version();
        Draft draft = new Draft(store.nextDraftId(), id, id, user, clock.instant(), version, State.EDITING, null, null);
        store.save(draft);
        store.saveFiles(draft, MethodologyFiles.read(home, id));
        return logged(user, "draft", draft, "ok");
    }

    /**
     * A draft of a new methodology {@code newId} from {@code base}: a copy of its files, or ({@code extend}) one that
     * {@code extends} it with the base's cases, to which the author adds what differs.
     */
    public synchronized Draft startNew(String user, String base, String newId, boolean extend) {
        if (newId == null || !newId.matches(ID)) {
            throw refused(user, "draft", newId, Reason.INVALID, "a methodology id is lower-case letters, digits and -, "
                    + "starting with a letter or digit, at most 61 characters");
        }
        if (live().ids().contains(newId) || store.drafts().stream().anyMatch(d -> d.open() && d.methodology().equals(newId))) {
            throw refused(user, "draft", newId, Reason.CONFLICT, "methodology " + newId + " exists already, or has an open draft");
        }
        var from = live().load(base);
        Draft draft = new Draft(store.nextDraftId(), newId, base, user, clock.instant(), null, State.EDITING, null, null);
        store.save(draft);
        store.saveFiles(draft, extend ? NewMethodology.extending(home, base, from.config().title(), newId, from.version())
                : NewMethodology.copying(home, base, newId));
        return logged(user, "draft", draft, "ok");
    }

    public synchronized List<Draft> drafts() {
        return store.drafts();
    }

    public synchronized Draft draft(String id) {
        return store.draft(id).orElseThrow(() -> new Refused(Reason.NOT_FOUND, "no draft " + id));
    }

    public synchronized Map<String, String> files(String draftId) {
        return store.files(draft(draftId));
    }

    public synchronized String file(String draftId, String path) {
        String text = files(draftId).get(path);
        if (text == null) {
            throw new Refused(Reason.NOT_FOUND, "draft " + draftId + " has no file " + path);
        }
        return text;
    }

    /** Writes one file of the draft (a new rule file too); only its author may, and an edit withdraws any approval. */
    public synchronized Draft save(String user, String draftId, String path, String text) {
        Draft draft = editable(user, draftId, "edit");
        MethodologyFiles.require(draft.methodology(), path);
        if (text.length() > MethodologyFiles.LARGEST) {
            throw refused(user, "edit", draft, Reason.INVALID, path + " holds " + text.length()
                    + " characters; a methodology file may hold at most " + MethodologyFiles.LARGEST);
        }
        Map<String, String> files = new TreeMap<>(store.files(draft));
        if (text.equals(files.get(path))) {
            return draft; // saving what is there changes nothing, and keeps an approval
        }
        files.put(path, text);
        return edited(user, draft, files, "edit " + path);
    }

    /** Rewrites one parameter of the draft's configuration from the parameter form (its line only); as {@link #save}. */
    public synchronized Draft saveParameter(String user, String draftId, String name, Map<String, String> fields) {
        Draft draft = editable(user, draftId, "edit");
        String config = MethodologyFiles.config(draft.methodology());
        return save(user, draftId, config, ParameterLines.update(file(draftId, config), name, fields));
    }

    /** Appends a rated trust to the draft's cases file (started if the draft has none); as {@link #save}. */
    public synchronized Draft pin(String user, String draftId, PinnedCase pinned) {
        Draft draft = editable(user, draftId, "edit");
        String path = MethodologyFiles.tests(draft.methodology());
        String cases = files(draftId).getOrDefault(path, "methodology: " + draft.methodology() + "\ncases:\n");
        return save(user, draftId, path, (cases.endsWith("\n") ? cases : cases + "\n") + pinned.yaml());
    }

    /** The draft's parameters that the form edits: those written on one line of its configuration. */
    public synchronized List<ParameterLines.Parameter> parameters(String draftId) {
        return ParameterLines.of(file(draftId, MethodologyFiles.config(draft(draftId).methodology())));
    }

    /** Removes a rule file (or the cases) from the draft; the configuration cannot be removed. */
    public synchronized Draft remove(String user, String draftId, String path) {
        Draft draft = editable(user, draftId, "edit");
        Map<String, String> files = new TreeMap<>(store.files(draft));
        if (path.equals(MethodologyFiles.config(draft.methodology())) || !files.containsKey(path)) {
            throw refused(user, "edit", draft, Reason.INVALID, "the draft has no file " + path + " that can be removed");
        }
        files.remove(path);
        return edited(user, draft, files, "remove " + path);
    }

    /** Everything {@code validate} finds in the draft, files named as the draft names them; audited like {@code validate}. */
    public Validation check(String user, String draftId) {
        Draft draft = draft(draftId);
        Validation found = check(draft);
        audit.record(user, "validate", target(draft), found.ok() ? "ok" : "failed: " + found.problems().size() + " problems, "
                + found.failedCases().size() + " failed cases");
        return found;
    }

    private Validation check(Draft draft) {
        try (DraftHome scratch = DraftHome.of(home, draft.methodology(), files(draft.id()))) {
            Validation found = validator.apply(scratch.methodologies(), draft.methodology());
            return new Validation(found.id(), found.version(), found.relaxations(),
                    found.problems().stream().map(scratch::relative).toList(), found.cases().stream().map(scratch::relative).toList(), null);
        }
    }

    /** What the draft changes of the methodology it began from, by meaning. */
    public MethodologyDiff diff(String draftId) {
        Draft draft = draft(draftId);
        try (DraftHome scratch = DraftHome.of(home, draft.methodology(), files(draftId))) {
            return MethodologyDiff.of(live().load(draft.base()), scratch.methodologies().load(draft.methodology()));
        }
    }

    /**
     * The draft's impact: {@code input} rated by the methodology it began from (A) and by the draft (B), paired trust
     * by trust with what differs. The draft must pass every check first, in a child JVM: only then are its rules
     * compiled here, in the sandbox, as the server compiles any file it serves.
     */
    public Comparison impact(String user, String draftId, Path input, String period) {
        Draft draft = draft(draftId);
        requireValid(user, "impact", draft);
        try (DraftHome scratch = DraftHome.of(home, draft.methodology(), files(draftId))) {
            RatingService rating = new RatingService(scratch.methodologies());
            Methodology base = live().load(draft.base());
            Methodology changed = scratch.methodologies().load(draft.methodology());
            RatingService.Run a = rating.rate(base, input, period);
            RatingService.Run b = rating.rate(changed, input, period);
            audit.record(user, "impact", target(draft), "ok");
            return Comparison.of(new Side("A", base, Map.of(), a.info(), a.ratings()),
                    new Side("B", changed, Map.of(), b.info(), b.ratings()));
        }
    }

    /** Asks for approval, with why the change is made; the draft must pass every check. */
    public synchronized Draft submit(String user, String draftId, String reason) {
        Draft draft = editable(user, draftId, "submit");
        if (reason == null || reason.isBlank()) {
            throw refused(user, "submit", draft, Reason.INVALID, "say why the methodology changes: the reason is kept with the version");
        }
        requireValid(user, "submit", draft);
        return saved(user, "submit", draft.with(State.SUBMITTED, reason.strip(), null));
    }

    /** A second methodology user's approval; the draft's author cannot give it. */
    public synchronized Draft approve(String user, String draftId) {
        Draft draft = draft(draftId);
        if (draft.state() != State.SUBMITTED) {
            throw refused(user, "approve", draft, Reason.CONFLICT, "draft " + draftId + " is " + state(draft) + ", not submitted");
        }
        if (draft.author().equals(user)) {
            throw refused(user, "approve", draft, Reason.NOT_ALLOWED, "a draft's author cannot approve it: publishing needs a second methodology user");
        }
        return saved(user, "approve", draft.with(State.APPROVED, draft.reason(), user));
    }

    /** Sends an approved draft back to its author, e.g. after review; the reason is logged. */
    public synchronized Draft reject(String user, String draftId, String why) {
        Draft draft = draft(draftId);
        if (draft.state() != State.SUBMITTED && draft.state() != State.APPROVED) {
            throw refused(user, "reject", draft, Reason.CONFLICT, "draft " + draftId + " is " + state(draft) + ", not submitted");
        }
        Draft back = draft.with(State.EDITING, draft.reason(), null);
        store.save(back);
        return logged(user, "reject", back, "ok: " + (why == null ? "" : why.strip()));
    }

    /**
     * Puts an approved draft in place: by its author or approver, only if the methodology is still the version the
     * draft began from (another publication meanwhile is a conflict: start again from it) and the draft still
     * passes every check. The first publication of a methodology keeps the files it replaces as version 1.
     */
    public synchronized Publication publish(String user, String draftId) {
        Draft draft = draft(draftId);
        if (draft.state() != State.APPROVED) {
            throw refused(user, "publish", draft, Reason.CONFLICT, "draft " + draftId + " is " + state(draft)
                    + "; only an approved draft is published");
        }
        if (!user.equals(draft.author()) && !user.equals(draft.approver())) {
            throw refused(user, "publish", draft, Reason.NOT_ALLOWED, "only the draft's author or approver publishes it");
        }
        String now = currentVersion(draft.methodology());
        boolean unchanged = draft.baseVersion() == null ? now == null : draft.baseVersion().equals(now);
        if (!unchanged) {
            throw refused(user, "publish", draft, Reason.CONFLICT, draft.methodology() + (now == null ? " is gone"
                    : draft.baseVersion() == null ? " was created meanwhile" : " has changed since the draft began (version "
                    + draft.baseVersion().substring(0, 12) + ", now " + now.substring(0, 12) + ")")
                    + ": start a new draft from it and make the change again");
        }
        requireValid(user, "publish", draft);
        String differences = diff(draftId).summary();
        List<Publication> history = store.history(draft.methodology());
        if (history.isEmpty() && now != null) {
            store.add(new Publication(1, draft.methodology(), Publication.Kind.ORIGINAL, null, null, clock.instant(),
                    "the files as found before the first publication", null, null, now, null), MethodologyFiles.read(home, draft.methodology()));
            history = store.history(draft.methodology());
        }
        Map<String, String> files = store.files(draft);
        MethodologyFiles.write(home, draft.methodology(), files);
        Publication published = new Publication(history.size() + 1, draft.methodology(), Publication.Kind.PUBLISHED,
                draft.author(), draft.approver(), clock.instant(), draft.reason(), draft.id(), now,
                live().load(draft.methodology()).version(), differences);
        store.add(published, files);
        saved(user, "publish", draft.with(State.PUBLISHED, draft.reason(), draft.approver()));
        return published;
    }

    /** The author gives a draft up; it is kept, closed. */
    public synchronized Draft discard(String user, String draftId) {
        return saved(user, "discard", editable(user, draftId, "discard").with(State.DISCARDED, null, null));
    }

    /** Every version the workbench put in place for the methodology, oldest first. */
    public synchronized List<Publication> history(String methodology) {
        return store.history(methodology);
    }

    public synchronized Map<String, String> files(Publication publication) {
        return store.files(publication);
    }

    /** Version {@code number} of the methodology's history, to view its files. */
    public synchronized Publication version(String methodology, int number) {
        return store.history(methodology).stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new Refused(Reason.NOT_FOUND, methodology + " has no version " + number));
    }

    /**
     * Puts version {@code number} of the methodology's history back in place, with a reason, as a new version. It
     * must still pass every check (the methodologies it extends may have changed since).
     */
    public synchronized Publication rollback(String user, String methodology, int number, String reason) {
        List<Publication> history = store.history(methodology);
        Publication target = history.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> refused(user, "rollback", methodology, Reason.NOT_FOUND, methodology + " has no version " + number));
        if (reason == null || reason.isBlank()) {
            throw refused(user, "rollback", methodology, Reason.INVALID, "say why the version is restored: the reason is kept with it");
        }
        Map<String, String> files = store.files(target);
        try (DraftHome scratch = DraftHome.of(home, methodology, files)) {
            Validation found = validator.apply(scratch.methodologies(), methodology);
            if (!found.ok()) {
                throw refused(user, "rollback", methodology, Reason.INVALID, "version " + number + " no longer passes its checks: "
                        + found.problems().size() + " problems, " + found.failedCases().size() + " failed cases");
            }
        }
        String before = currentVersion(methodology);
        MethodologyFiles.write(home, methodology, files);
        Publication rollback = new Publication(history.size() + 1, methodology, Publication.Kind.ROLLBACK, user, null,
                clock.instant(), "back to version " + number + ": " + reason.strip(), null, before,
                live().load(methodology).version(), null);
        store.add(rollback, files);
        audit.record(user, "rollback", methodology + " to version " + number, "ok");
        return rollback;
    }

    private Draft editable(String user, String draftId, String action) {
        Draft draft = draft(draftId);
        if (!draft.author().equals(user)) {
            throw refused(user, action, draft, Reason.NOT_ALLOWED, "only the draft's author, " + draft.author() + ", may change it");
        }
        if (!draft.open()) {
            throw refused(user, action, draft, Reason.CONFLICT, "draft " + draftId + " is " + state(draft));
        }
        return draft;
    }

    private Draft edited(String user, Draft draft, Map<String, String> files, String what) {
        store.saveFiles(draft, files);
        Draft editing = draft.with(State.EDITING, draft.reason(), null);
        store.save(editing);
        audit.record(user, "edit", target(draft), "ok: " + what);
        return editing;
    }

    private void requireValid(String user, String action, Draft draft) {
        Validation found = check(draft);
        if (!found.ok()) {
            List<String> first = new ArrayList<>();
            found.problems().stream().limit(3).forEach(p -> first.add(p.toString()));
            found.failedCases().stream().limit(3).forEach(c -> first.add("case '" + c.name() + "' failed"));
            throw refused(user, action, draft, Reason.INVALID, "the draft does not pass its checks: " + found.problems().size()
                    + " problems, " + found.failedCases().size() + " failed cases; " + String.join("; ", first));
        }
    }

    private String currentVersion(String methodology) {
        Methodologies live = live();
        return live.ids().contains(methodology) ? live.load(methodology).version() : null;
    }

    private Methodologies live() {
        return new Methodologies(home);
    }

    private Draft saved(String user, String action, Draft draft) {
        store.save(draft);
        return logged(user, action, draft, "ok");
    }

    private Draft logged(String user, String action, Draft draft, String outcome) {
        audit.record(user, action, target(draft), outcome);
        return draft;
    }

    private Refused refused(String user, String action, Draft draft, Reason reason, String message) {
        return refused(user, action, target(draft), reason, message);
    }

    private Refused refused(String user, String action, String target, Reason reason, String message) {
        audit.record(user, action, target, "refused: " + message);
        return new Refused(reason, message);
    }

    private static String target(Draft draft) {
        return "draft " + draft.id() + " of " + draft.methodology();
    }

    private static String state(Draft draft) {
        return draft.state().name().toLowerCase(Locale.ROOT);
    }
}
