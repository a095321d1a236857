package org.goldenthread.store;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.csv.CsvProblem;

/**
 * An import's problems as its job row keeps them: a line per problem, its row, column, value and rule separated by
 * tabs, with backslashes, tabs and line breaks inside them escaped.
 */
final class ProblemReport {
    private ProblemReport() {
    }

    static String write(List<CsvProblem> problems) {
        StringBuilder report = new StringBuilder();
        for (CsvProblem problem : problems) {
            report.append(problem.row()).append('\t').append(escape(problem.column())).append('\t')
                    .append(escape(problem.value())).append('\t').append(escape(problem.rule())).append('\n');
        }
        return report.toString();
    }

    static List<CsvProblem> read(String report) {
        List<CsvProblem> problems = new ArrayList<>();
        if (report == null) {
            return problems;
        }
        for (String line : report.split("\n")) {
            if (!line.isEmpty()) {
                String[] fields = line.split("\t", -1);
                problems.add(new CsvProblem(Integer.parseInt(fields[0]), unescape(fields[1]), unescape(fields[2]),
                        unescape(fields[3])));
            }
        }
        return problems;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
