// The sync's pure core: the hybrid logical clock, per-field last-writer-wins
// joins, the log format, and a property test of simulated devices.
#include "sync/compaction.h"
#include "sync/documentblob.h"
#include "sync/hlc.h"
#include "sync/record.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace okur::sync;
Q_DECLARE_METATYPE(okur::sync::Record)

class TstSyncMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hlcOrder_data();
    void hlcOrder();
    void hlcText();
    void tick_data();
    void tick();
    void receive_data();
    void receive();
    void joinFields_data();
    void joinFields();
    void badRecords_data();
    void badRecords();
    void logRoundTrip();
    void converge_data();
    void converge();
    void foldable_data();
    void foldable();
    void snapshotThinsOldDeletions();
    void stateRoundTrip();
    void documentBlobChecked_data();
    void documentBlobChecked();
};

void TstSyncMerge::hlcOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("wall first") << "0000000000000100-000009-b" << "0000000000000200-000000-a" << -1;
    QTest::newRow("then counter") << "0000000000000100-000002-a" << "0000000000000100-000001-b" << 1;
    QTest::newRow("then device") << "0000000000000100-000001-a" << "0000000000000100-000001-b" << -1;
    QTest::newRow("equal") << "0000000000000100-000001-a-b-c" << "0000000000000100-000001-a-b-c" << 0;
}

void TstSyncMerge::hlcOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Hlc ha = Hlc::fromString(a), hb = Hlc::fromString(b);
    QVERIFY(!ha.isNull() && !hb.isNull());
    const int c = compare(ha, hb);
    QCOMPARE(c < 0 ? -1 : c > 0 ? 1 : 0, expected);
    // The text form sorts as the clock does, so files and SQL can order by it.
    const int t = a.compare(b);
    QCOMPARE(t < 0 ? -1 : t > 0 ? 1 : 0, expected);
}

void TstSyncMerge::hlcText()
{
    const Hlc h{1733380000123, 42, QStringLiteral("3f2a-dev")};
    QCOMPARE(h.toString(), QStringLiteral("0001733380000123-000042-3f2a-dev"));
    QCOMPARE(Hlc::fromString(h.toString()), h);
    for (const QString &bad : {QString(), QStringLiteral("12-3-a"), QStringLiteral("000000000000000x-000001-a"),
                               QStringLiteral("0000000000000001-000001-")}) {
        QVERIFY2(Hlc::fromString(bad).isNull(), qPrintable(bad));
    }
}

void TstSyncMerge::tick_data()
{
    QTest::addColumn<qint64>("lastWall");
    QTest::addColumn<int>("lastCounter");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("wall");
    QTest::addColumn<int>("counter");
    QTest::newRow("clock moved on") << qint64(1000) << 5 << qint64(2000) << qint64(2000) << 0;
    QTest::newRow("same millisecond") << qint64(1000) << 5 << qint64(1000) << qint64(1000) << 6;
    // A wall clock set back (or one that lags what was received) never reorders.
    QTest::newRow("clock went back 2 h") << qint64(7200000 + 1000) << 0 << qint64(1000) << qint64(7201000) << 1;
}

void TstSyncMerge::tick()
{
    QFETCH(qint64, lastWall);
    QFETCH(int, lastCounter);
    QFETCH(qint64, now);
    QFETCH(qint64, wall);
    QFETCH(int, counter);
    HlcClock c(QStringLiteral("d"), Hlc{lastWall, lastCounter, QStringLiteral("d")});
    const Hlc h = c.tick(now);
    QCOMPARE(h.wall, wall);
    QCOMPARE(h.counter, counter);
    QCOMPARE(h.device, QStringLiteral("d"));
}

void TstSyncMerge::receive_data()
{
    QTest::addColumn<qint64>("localWall");
    QTest::addColumn<int>("localCounter");
    QTest::addColumn<qint64>("remoteWall");
    QTest::addColumn<int>("remoteCounter");
    QTest::addColumn<qint64>("now");
    QTest::newRow("remote 2 h ahead") << qint64(1000) << 0 << qint64(7201000) << 3 << qint64(1500);
    QTest::newRow("remote behind") << qint64(5000) << 2 << qint64(1000) << 9 << qint64(4000);
    QTest::newRow("same wall") << qint64(5000) << 2 << qint64(5000) << 9 << qint64(100);
    QTest::newRow("now ahead of both") << qint64(5000) << 2 << qint64(6000) << 9 << qint64(9000);
}

void TstSyncMerge::receive()
{
    QFETCH(qint64, localWall);
    QFETCH(int, localCounter);
    QFETCH(qint64, remoteWall);
    QFETCH(int, remoteCounter);
    QFETCH(qint64, now);
    const Hlc local{localWall, localCounter, QStringLiteral("a")};
    const Hlc remote{remoteWall, remoteCounter, QStringLiteral("b")};
    HlcClock c(QStringLiteral("a"), local);
    c.receive(remote, now);
    const Hlc next = c.tick(now);
    // The next local write is after both what this device did and what it saw.
    QVERIFY(next > local);
    QVERIFY(next > remote);
    // And it does not run ahead of the largest wall time it knows of.
    QCOMPARE(next.wall, qMax(qMax(localWall, remoteWall), now));
}

namespace {

Record rec(const QString &key, const QList<std::tuple<QString, QJsonValue, Hlc>> &fields)
{
    Record r;
    r.kind = QStringLiteral("annotation");
    r.key = key;
    for (const auto &[name, value, clock] : fields) {
        r.fields.insert(name, value);
        r.clocks.insert(name, clock);
    }
    return r;
}

Hlc at(qint64 wall, const char *device) { return Hlc{wall, 0, QString::fromLatin1(device)}; }

} // namespace

void TstSyncMerge::joinFields_data()
{
    QTest::addColumn<Record>("a");
    QTest::addColumn<Record>("b");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<int>("conflicts");
    const QString k = QStringLiteral("x");
    QTest::newRow("newer note wins, older colour kept")
        << rec(k, {{"note", "old", at(10, "a")}, {"color", "green", at(30, "a")}})
        << rec(k, {{"note", "new", at(20, "b")}, {"color", "pink", at(5, "b")}})
        << QJsonObject{{"note", "new"}, {"color", "green"}} << 2;
    QTest::newRow("tombstone beats older edit")
        << rec(k, {{"note", "edited", at(10, "a")}, {"deleted", false, at(1, "a")}})
        << rec(k, {{"note", "x", at(1, "b")}, {"deleted", true, at(20, "b")}})
        << QJsonObject{{"note", "edited"}, {"deleted", true}} << 2;
    QTest::newRow("edit after deletion does not resurrect")
        << rec(k, {{"note", "later", at(30, "a")}, {"deleted", false, at(1, "a")}})
        << rec(k, {{"note", "x", at(1, "b")}, {"deleted", true, at(20, "b")}})
        << QJsonObject{{"note", "later"}, {"deleted", true}} << 2;
    QTest::newRow("field only one side has") << rec(k, {{"note", "n", at(1, "a")}})
                                             << rec(k, {{"color", "blue", at(1, "b")}})
                                             << QJsonObject{{"note", "n"}, {"color", "blue"}} << 0;
    QTest::newRow("same wall, device breaks the tie") << rec(k, {{"note", "from a", at(7, "a")}})
                                                      << rec(k, {{"note", "from b", at(7, "b")}})
                                                      << QJsonObject{{"note", "from b"}} << 1;
}

void TstSyncMerge::joinFields()
{
    QFETCH(Record, a);
    QFETCH(Record, b);
    QFETCH(QJsonObject, expected);
    QFETCH(int, conflicts);
    int c1 = 0, c2 = 0;
    const Record ab = join(a, b, &c1), ba = join(b, a, &c2);
    QCOMPARE(ab.fields, expected);
    QCOMPARE(ba.fields, expected);
    QCOMPARE(ab.clocks, ba.clocks);
    QCOMPARE(c1, conflicts);
    QCOMPARE(join(ab, ab), ab); // idempotent
}

void TstSyncMerge::badRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"x","key":"k","fields":{},"clocks":{}})");
    QTest::newRow("no key") << QByteArray(R"({"kind":"word","key":"","fields":{},"clocks":{}})");
    QTest::newRow("field without clock") << QByteArray(R"({"kind":"word","key":"k","fields":{"a":1},"clocks":{}})");
    QTest::newRow("clock without field")
        << QByteArray(R"({"kind":"word","key":"k","fields":{},"clocks":{"a":"0000000000000001-000000-d"}})");
    QTest::newRow("bad clock") << QByteArray(R"({"kind":"word","key":"k","fields":{"a":1},"clocks":{"a":"yesterday"}})");
}

void TstSyncMerge::badRecords()
{
    QFETCH(QByteArray, json);
    Record r;
    r.key = QStringLiteral("untouched");
    QVERIFY(!fromJson(QJsonDocument::fromJson(json).object(), &r));
    QCOMPARE(r.key, QStringLiteral("untouched"));
}

void TstSyncMerge::logRoundTrip()
{
    Log log;
    log.device = QStringLiteral("dev-1");
    log.seq = 7;
    log.records = {rec(QStringLiteral("a1"), {{"note", "çığ İı", at(5, "dev-1")}, {"deleted", true, at(6, "dev-1")}})};
    const QByteArray bytes = serializeLog(log);
    Log back;
    QString error;
    QVERIFY2(parseLog(bytes, QStringLiteral("dev-1"), &back, &error), qPrintable(error));
    QCOMPARE(back.seq, qint64(7));
    QCOMPARE(back.records, log.records);
    // A log under another device's folder is refused, as is damage.
    QVERIFY(!parseLog(bytes, QStringLiteral("dev-2"), &back, &error));
    QVERIFY(!parseLog(bytes.left(bytes.size() / 2), QStringLiteral("dev-1"), &back, &error));
}

namespace {

// One write as the simulation made it, for the oracle: the final value of a
// field must be the value of its globally newest write, whatever the sync order.
struct Write {
    QString id;
    QString field;
    Hlc clock;
    QJsonValue value;
};

struct Device {
    QString name;
    qint64 skew = 0;
    HlcClock clock{QString()};
    RecordSet state;
    QList<Record> log; ///< every local write, as the records it sent
    QHash<QString, int> seen; ///< another device's log entries merged so far
};

} // namespace

void TstSyncMerge::converge_data()
{
    QTest::addColumn<int>("devices");
    for (int n : {2, 3}) {
        for (int seed = 1; seed <= 100; ++seed) {
            QTest::addRow("%d devices, seed %d", n, seed) << n;
        }
    }
}

void TstSyncMerge::converge()
{
    QFETCH(int, devices);
    const quint32 seed = quint32(QTest::currentDataTag() ? qHash(QByteArray(QTest::currentDataTag())) : 1);
    QRandomGenerator rng(seed);
    QList<Device> ds(devices);
    for (int i = 0; i < devices; ++i) {
        ds[i].name = QStringLiteral("dev%1").arg(i);
        ds[i].skew = rng.bounded(-7200000, 7200001); // ±2 h
        ds[i].clock = HlcClock(ds[i].name);
    }
    QList<Write> writes;
    const QStringList keys = {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("k4")};
    const QStringList fields = {QStringLiteral("note"), QStringLiteral("color"), QStringLiteral("deleted")};
    qint64 realTime = 1'700'000'000'000;

    const auto syncFrom = [&](Device &to, const Device &from) {
        const int start = to.seen.value(from.name);
        const QList<Record> fresh = from.log.mid(start);
        for (const Record &r : fresh) {
            for (const Hlc &h : r.clocks) {
                to.clock.receive(h, realTime + to.skew);
            }
        }
        to.state = merge(to.state, fresh).merged;
        to.seen[from.name] = int(from.log.size());
    };

    const int steps = 60;
    for (int step = 0; step < steps; ++step) {
        realTime += rng.bounded(1, 5000);
        Device &d = ds[rng.bounded(devices)];
        const int op = rng.bounded(10);
        if (op < 6) {
            // An edit (or a deletion, or a re-add) of one field.
            const QString id = QStringLiteral("annotation\x1f") + keys[rng.bounded(keys.size())];
            const QString field = fields[rng.bounded(fields.size())];
            const QJsonValue value = field == QLatin1String("deleted")
                ? QJsonValue(rng.bounded(3) != 0)
                : QJsonValue(QStringLiteral("%1-%2").arg(d.name).arg(step));
            Record r = d.state.value(id);
            r.kind = QStringLiteral("annotation");
            r.key = id.section(u'\x1f', 1);
            Record delta;
            delta.kind = r.kind;
            delta.key = r.key;
            stamp(delta, QJsonObject{{field, value}}, d.clock, realTime + d.skew);
            d.state = merge(d.state, {delta}).merged;
            d.log.append(delta);
            writes.append({id, field, delta.clocks.value(field), value});
        } else {
            Device &from = ds[rng.bounded(devices)];
            if (&from != &d) {
                syncFrom(d, from);
            }
        }
    }
    // Everyone syncs with everyone, in a random order, twice.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < devices * devices; ++i) {
            const int a = rng.bounded(devices), b = rng.bounded(devices);
            if (a != b) {
                syncFrom(ds[a], ds[b]);
            }
        }
        for (int a = 0; a < devices; ++a) {
            for (int b = 0; b < devices; ++b) {
                if (a != b) {
                    syncFrom(ds[a], ds[b]);
                }
            }
        }
    }
    for (int i = 1; i < devices; ++i) {
        QCOMPARE(ds[i].state, ds[0].state);
    }
    // The oracle: for every field, the value of its newest write anywhere.
    QHash<QString, Write> newest;
    for (const Write &w : writes) {
        const QString k = w.id + u'/' + w.field;
        if (!newest.contains(k) || w.clock > newest[k].clock) {
            newest[k] = w;
        }
    }
    for (const Write &w : newest) {
        QCOMPARE(ds[0].state.value(w.id).fields.value(w.field), w.value);
    }
    int fieldCount = 0;
    for (const Record &r : ds[0].state) {
        fieldCount += int(r.fields.size());
    }
    QCOMPARE(fieldCount, int(newest.size()));
    // Each device's own writes are in order, whatever its clock said.
    for (const Device &d : ds) {
        Hlc previous;
        for (const Record &r : d.log) {
            QVERIFY(previous.isNull() || r.newest() > previous);
            previous = r.newest();
        }
    }
}

void TstSyncMerge::foldable_data()
{
    // peers: "name:merged-of-me:its-seq:merged-here" separated by spaces.
    QTest::addColumn<qint64>("ownSeq");
    QTest::addColumn<QString>("peers");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("no peers: all") << qint64(7) << "" << qint64(7);
    QTest::newRow("one peer behind") << qint64(7) << "b:3:2:2" << qint64(3);
    QTest::newRow("the slowest peer") << qint64(7) << "b:4:1:1 c:2:5:5" << qint64(2);
    QTest::newRow("never past own") << qint64(5) << "b:9:1:1" << qint64(5);
    QTest::newRow("a peer's older logs unread here") << qint64(7) << "b:7:6:5" << qint64(0);
    QTest::newRow("a peer that merged nothing of it") << qint64(7) << "b:0:3:3" << qint64(0);
}

void TstSyncMerge::foldable()
{
    QFETCH(qint64, ownSeq);
    QFETCH(QString, peers);
    QFETCH(qint64, expected);
    QHash<QString, DeviceState> states;
    QHash<QString, qint64> here;
    for (const QString &p : peers.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = p.split(u':');
        DeviceState st;
        st.device = f[0];
        st.merged.insert(QStringLiteral("me"), f[1].toLongLong());
        st.seq = f[2].toLongLong();
        states.insert(f[0], st);
        here.insert(f[0], f[3].toLongLong());
    }
    QCOMPARE(foldableSeq(ownSeq, states, QStringLiteral("me"), here), expected);
}

void TstSyncMerge::snapshotThinsOldDeletions()
{
    const auto clock = [](qint64 wall) { return Hlc{wall, 0, QStringLiteral("me")}; };
    const auto record = [&](const QString &key, bool deleted, qint64 wall) {
        Record r;
        r.kind = QStringLiteral("annotation");
        r.key = key;
        r.fields = QJsonObject{{QStringLiteral("note"), QStringLiteral("text of ") + key}, {QStringLiteral("deleted"), deleted}};
        r.clocks = {{QStringLiteral("note"), clock(wall - 10)}, {QStringLiteral("deleted"), clock(wall)}};
        return r;
    };
    RecordSet records;
    QHash<QString, qint64> sent;
    // key, deleted, wall of the last write, the own log that carried it
    for (const auto &[key, deleted, wall, seq] : {std::tuple{"live", false, 100, 1}, std::tuple{"old-deletion", true, 100, 2},
                                                  std::tuple{"new-deletion", true, 5000, 2}, std::tuple{"after-fold", false, 100, 3},
                                                  std::tuple{"merged-only", true, 100, -1}, std::tuple{"unsent", true, 100, 0}}) {
        const Record r = record(QLatin1String(key), deleted, wall);
        records.insert(r.id(), r);
        sent.insert(r.id(), seq);
    }
    int thinned = 0;
    const QList<Record> out = snapshotRecords(records, sent, 2, 1000, &thinned);
    QCOMPARE(thinned, 1);
    QMap<QString, Record> byKey;
    for (const Record &r : out) {
        byKey.insert(r.key, r);
    }
    QCOMPARE(byKey.keys(), (QList<QString>{QStringLiteral("live"), QStringLiteral("new-deletion"), QStringLiteral("old-deletion")}));
    QCOMPARE(byKey[QStringLiteral("old-deletion")].fields, (QJsonObject{{QStringLiteral("deleted"), true}}));
    QCOMPARE(byKey[QStringLiteral("old-deletion")].clocks.value(QStringLiteral("deleted")).wall, 100);
    QCOMPARE(byKey[QStringLiteral("new-deletion")], records.value(record(QStringLiteral("new-deletion"), true, 5000).id()));
    // The thinned mark still beats the older copy of the record it stands for.
    int conflicts = 0;
    const Record joined = join(byKey[QStringLiteral("old-deletion")], record(QStringLiteral("old-deletion"), false, 90), &conflicts);
    QVERIFY(joined.isDeleted());
}

void TstSyncMerge::stateRoundTrip()
{
    DeviceState s;
    s.device = QStringLiteral("dev-a");
    s.seq = 12;
    s.merged = {{QStringLiteral("dev-b"), 4}, {QStringLiteral("dev-c"), 0}};
    DeviceState back;
    QVERIFY(parseState(serializeState(s), QStringLiteral("dev-a"), &back));
    QCOMPARE(back.seq, 12);
    QCOMPARE(back.merged, s.merged);
    QVERIFY(!parseState(serializeState(s), QStringLiteral("dev-b"), &back)); // another device's file
    QVERIFY(!parseState("{\"format\":\"okur-sync-log-1\"}", QStringLiteral("dev-a"), &back));
    QCOMPARE(snapshotSeq(QStringLiteral("snapshot-17.json")), 17);
    QCOMPARE(snapshotSeq(QStringLiteral("snapshot-.json")), 0);
    QCOMPARE(snapshotSeq(QStringLiteral("log-17.json")), 0);
}

void TstSyncMerge::documentBlobChecked_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<bool>("ok");
    const QByteArray good = R"({"format":"okur-document-1","hash":"ab12","id":"gezi","title":"Gezi","language":"tr",)"
                            R"("raw":"Gezi

Bir.","blocks":[{"kind":"heading","language":"tr","text":"Gezi","raw":"Gezi"},)"
                            R"({"kind":"paragraph","language":"tr","text":"Bir.","raw":"Bir."}]})";
    QTest::newRow("the document of that hash") << good << true;
    QTest::newRow("another hash") << QByteArray(good).replace("ab12", "cd34") << false;
    QTest::newRow("not JSON") << QByteArray("PK\x03\x04") << false;
    QTest::newRow("another format") << QByteArray(good).replace("okur-document-1", "okur-document-9") << false;
    QTest::newRow("no blocks") << QByteArray(R"({"format":"okur-document-1","hash":"ab12","title":"Gezi","blocks":[]})") << false;
}

void TstSyncMerge::documentBlobChecked()
{
    QFETCH(QByteArray, blob);
    QFETCH(bool, ok);
    okur::documents::NewDocument doc;
    QString error;
    QCOMPARE(parseDocumentBlob(blob, QStringLiteral("ab12"), &doc, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(doc.contentHash, QStringLiteral("ab12"));
        QCOMPARE(doc.id, QStringLiteral("gezi"));
        QVERIFY(!doc.exactId);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks[0].kind, okur::text::BlockKind::Heading);
        QCOMPARE(doc.blocks[1].text, QStringLiteral("Bir."));
    }
}

QTEST_GUILESS_MAIN(TstSyncMerge)
#include "tst_syncmerge.moc"
