#include "cli.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Okur"));
    QCoreApplication::setApplicationName(QStringLiteral("Okur"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return okur::cli::run(app.arguments().mid(1), out, err);
}
