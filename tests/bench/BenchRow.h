#pragma once

// One line of tests/bench/run.sh's table. Every benchmark prints its figures through benchRow() (besides whatever it
// prints for a reader), and run.sh gathers the lines of all of them into one table:
//   @row<TAB>metric<TAB>measured<TAB>budget<TAB>limit measured in the same run<TAB>ratio to the limit
// "-" stands for a cell that does not apply.
#include <QString>

#include <cstdio>

namespace dm::bench {

inline void benchRow(const QString& metric, const QString& measured, const QString& budget,
                     const QString& limit = QStringLiteral("-"), const QString& ratio = QStringLiteral("-"))
{
    std::printf("@row\t%s\t%s\t%s\t%s\t%s\n", qPrintable(metric), qPrintable(measured), qPrintable(budget),
                qPrintable(limit), qPrintable(ratio));
    std::fflush(stdout);
}

inline QString ratioText(double measured, double limit)
{
    return limit > 0 ? QString::number(measured / limit, 'f', 2) + QLatin1Char('x') : QStringLiteral("-");
}

} // namespace dm::bench
