package org.assessor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL text read at run time into a KieBase with the executable model. Warnings count as
 * problems too: a methodology must compile cleanly.
 */
public final class RuleCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    public KieBase compile(String methodologyId, String version, List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.assessor.methodology", methodologyId, "0.0.0-" + version);
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byResource = new HashMap<>();
        for (RuleFile file : files) {
            String resource = "src/main/resources/" + folderOf(file) + file.fileName();
            byResource.put(resource, file);
            kfs.write(resource, file.text());
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the executable-model generator throws on some constraints it cannot type instead of reporting them
            throw new ProblemException("rules of " + methodologyId + " do not compile",
                    List.of(Problem.error("rules/" + methodologyId, 0, 0, null, String.valueOf(e.getMessage()))));
        }
        List<Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.INFO) {
                problems.add(toProblem(message, byResource.get(message.getPath())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("rules of " + methodologyId + " do not compile", problems);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    private static Problem toProblem(Message message, RuleFile file) {
        String where = file == null ? message.getPath() : file.path().toString();
        return new Problem(where, Math.max(message.getLine(), 0), Math.max(message.getColumn(), 0), null,
                message.getText().strip(), message.getLevel() == Message.Level.WARNING);
    }

    /** The resource folder matching the DRL's package, so Drools does not warn that they differ. */
    private static String folderOf(RuleFile file) {
        Matcher matcher = PACKAGE.matcher(file.text());
        return matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    }
}
