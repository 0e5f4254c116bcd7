package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
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
final class RuleCompiler {
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private final CompiledRulesCache cache;

    /** A compiler that keeps compiled rules in the standard on-disk cache. */
    RuleCompiler() {
        this(CompiledRulesCache.standard());
    }

    RuleCompiler(CompiledRulesCache cache) {
        this.cache = cache;
    }

    /**
     * Compiles with no check of the generated code: only for tests that prove an attack would work without
     * the guard. Everything else compiles through {@link GuardedCompiler}.
     */
    KieBase compileUnchecked(String methodologyId, String version, List<RuleFile> files) {
        return compile(methodologyId, version, files, null);
    }

    /**
     * @param version a hash of the rule files: the same files always give the same compiled rules
     * @param check   what every compiled module must pass before any of its classes is loaded, fresh or cached
     */
    KieBase compile(String methodologyId, String version, List<RuleFile> files, GeneratedCode check) {
        KieServices ks = KieServices.Factory.get();
        String key = cache == null || check == null ? null : cache.key(version);
        ReleaseId cached = key == null ? null : cache.load(key, jar -> check.check(jar).isEmpty());
        if (cached != null) {
            return ks.newKieContainer(cached).getKieBase();
        }
        ReleaseId releaseId = releaseId(ks, methodologyId, version);
        byte[] jar = generate(ks, releaseId, methodologyId, files);
        // the build only generated and compiled the classes; none of them is loaded before this check
        List<Problem> refused = check == null ? List.of() : check.check(jar);
        if (!refused.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new ProblemException("rules of " + methodologyId + " use code outside the allow-list", refused);
        }
        if (key != null) {
            // the built module (generated model classes included) as a jar: loading it skips code generation
            cache.store(key, jar);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    /** The module the rules compile to, as a jar, without loading any of it: what {@link GeneratedCode} checks. */
    byte[] generate(String methodologyId, String version, List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = releaseId(ks, methodologyId, version);
        byte[] jar = generate(ks, releaseId, methodologyId, files);
        ks.getRepository().removeKieModule(releaseId);
        return jar;
    }

    private static ReleaseId releaseId(KieServices ks, String methodologyId, String version) {
        return ks.newReleaseId("org.assessor.methodology", methodologyId, "0.0.0-" + version.substring(0, Math.min(12, version.length())));
    }

    private byte[] generate(KieServices ks, ReleaseId releaseId, String methodologyId, List<RuleFile> files) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // written explicitly so the module stored in the cache can be loaded back as a kjar
        kfs.writeKModuleXML(ks.newKieModuleModel().toXML());
        List<Problem> syntax = new ArrayList<>();
        for (RuleFile file : files) {
            syntax.addAll(syntaxProblems(file));
            kfs.write("src/main/resources/" + folderOf(file) + file.fileName(), file.text());
        }
        if (!syntax.isEmpty()) {
            throw new ProblemException("rules of " + methodologyId + " do not parse", syntax);
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
                problems.add(toProblem(message, files));
            }
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new ProblemException("rules of " + methodologyId + " do not compile", CompilePlaces.locate(problems, files));
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** Drools' own build reports syntax errors without a line; its parser has them. */
    private static List<Problem> syntaxProblems(RuleFile file) {
        DrlParser parser = new DrlParser();
        try {
            parser.parse(false, file.text());
        } catch (DroolsParserException e) {
            return List.of(Problem.error(file.path().toString(), 0, 0, null, e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            int line = error instanceof ParserError p ? p.getRow() : lines != null && lines.length > 0 ? lines[0] : 0;
            int column = error instanceof ParserError p ? p.getCol() : 0;
            Matcher place = LINE_IN_MESSAGE.matcher(error.getMessage());
            if (line <= 0 && place.find()) {
                // some parser errors carry their place only in the message text
                line = Integer.parseInt(place.group(1));
                column = Integer.parseInt(place.group(2)) + 1;
            }
            problems.add(Problem.error(file.path().toString(), line, column, null, firstLine(error.getMessage())));
        }
        return problems;
    }

    /** Some parser messages carry a Java stack trace after the first line: the user needs only the first. */
    private static String firstLine(String message) {
        int cut = message.indexOf(" Stack trace:");
        String text = cut < 0 ? message : message.substring(0, cut);
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static Problem toProblem(Message message, List<RuleFile> files) {
        RuleFile file = files.stream().filter(f -> (folderOf(f) + f.fileName()).equals(message.getPath())).findFirst().orElse(null);
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
