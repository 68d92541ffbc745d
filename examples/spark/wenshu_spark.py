#!/usr/bin/env python3
"""wenshu on Apache Spark: extract every report under INPUT, in parallel, with the
wenshu binary as an RDD.pipe filter.

    spark-submit --master local[2] --files target/release/wenshu \\
        examples/spark/wenshu_spark.py INPUT OUTPUT [--facts-parquet DIR]

* INPUT is a folder (walked recursively) or a glob, on any file system Spark reads
  (local, HDFS, S3, ...). Every file is read whole with ``binaryFiles``, so the bytes
  reach wenshu untouched and wenshu detects the encoding (UTF-8, GB18030, Big5,
  UTF-16) exactly as ``wenshu extract`` does on one machine.
* Each file becomes one JSON record ``{"id": URI, "path": PATH, "base64": BYTES}``
  piped through ``wenshu extract --input-format jsonl -`` (the binary shipped with
  ``--files``); wenshu answers one line per record, in order.
* OUTPUT receives JSON Lines part files (``part-*``): one document per input file,
  whose ``source.path`` is the file's path (``file:`` URIs become plain paths) and
  whose ``id`` is the URI Spark read it from. A file wenshu cannot decode (a binary
  file, say) gets an error record ``{"id", "error", "source"}`` instead, as in
  ``wenshu extract``'s JSON Lines.
* ``--facts-parquet DIR`` also writes every fact as a row of a Parquet table.

At the end one JSON summary line goes to standard output.
"""

import argparse
import base64
import json
import os
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

# What a folder walk picks by default, like `wenshu extract FOLDER`.
DEFAULT_EXTENSIONS = "txt,md"

FACTS_SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("sha256", StringType(), True),
        StructField("kind", StringType(), False),
        StructField("text", StringType(), False),
        StructField("value_number", DoubleType(), True),
        StructField("value_string", StringType(), True),
        StructField("end", StringType(), True),
        StructField("unit", StringType(), True),
        StructField("object", StringType(), True),
        StructField("currency", StringType(), True),
        StructField("qualifier", StringType(), True),
        StructField("precision", StringType(), True),
        StructField("inferred", ArrayType(StringType()), True),
        StructField("incomplete", BooleanType(), False),
        StructField("article", LongType(), True),
        StructField("section", StringType(), True),
        StructField("line", LongType(), False),
        StructField("column", LongType(), False),
        StructField("span_start", LongType(), False),
        StructField("span_end", LongType(), False),
    ]
)


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="wenshu_spark.py",
        description="Extract structured JSON from every report under INPUT with wenshu on Spark.",
    )
    p.add_argument("input", metavar="INPUT", help="folder (walked recursively), file or glob")
    p.add_argument("output", metavar="OUTPUT", help="folder for the JSON Lines part files")
    p.add_argument("--facts-parquet", metavar="DIR", help="also write the facts as a Parquet table")
    p.add_argument(
        "--extensions",
        default=DEFAULT_EXTENSIONS,
        help="comma-separated file extensions to read ('*' for all; default: %(default)s)",
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=0,
        help="number of partitions, i.e. of wenshu processes (default: 2 x the default parallelism)",
    )
    p.add_argument(
        "--wenshu-args",
        default="",
        help="more flags for `wenshu extract`, e.g. '--to simplified' or '--tokens'",
    )
    p.add_argument(
        "--wenshu",
        default=None,
        help="the wenshu binary on the executors (default: the one shipped with --files)",
    )
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT and DIR if they exist")
    return p.parse_args(argv)


def display_path(uri):
    """`file:/a/b.txt` (how Hadoop names local files) -> `/a/b.txt`; other URIs stay."""
    if uri.startswith("file://"):
        rest = uri[len("file://"):]
        return rest if rest.startswith("/") else uri
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return uri


def wanted(uri, extensions):
    if extensions is None:
        return True
    name = uri.rsplit("/", 1)[-1].lower()
    return "." in name and name.rsplit(".", 1)[-1] in extensions


def to_record(pair):
    uri, content = pair
    return json.dumps(
        {
            "id": uri,
            "path": display_path(uri),
            "base64": base64.b64encode(bytes(content)).decode("ascii"),
        },
        ensure_ascii=True,
    )


def wenshu_command(sc, override):
    """The binary the executors run. With --files it sits in each executor's working
    folder (YARN, Kubernetes, standalone); in local mode executors share the
    driver's SparkFiles folder."""
    if override:
        return override
    if sc.master.startswith("local"):
        return SparkFiles.get("wenshu")
    return "./wenshu"


def fact_rows(line):
    doc = json.loads(line)
    if "error" in doc:
        return
    path = doc["source"]["path"]
    sha = doc["source"].get("sha256")
    for f in doc.get("facts", []):
        value = f.get("value")
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        span = f.get("span") or [0, 0]
        yield (
            path,
            sha,
            f["kind"],
            f["text"],
            float(value) if is_number else None,
            value if isinstance(value, str) else None,
            f.get("end"),
            f.get("unit"),
            f.get("object"),
            f.get("currency"),
            f.get("qualifier"),
            f.get("precision"),
            f.get("inferred") or [],
            bool(f.get("incomplete", False)),
            f.get("article"),
            f.get("section"),
            f["line"],
            f["column"],
            span[0],
            span[1],
        )


def delete_if_exists(sc, path):
    jvm = sc._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(sc._jsc.hadoopConfiguration())
    if fs.exists(hpath):
        fs.delete(hpath, True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("wenshu").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel(os.environ.get("WENSHU_SPARK_LOG_LEVEL", "WARN"))
    # Walk INPUT recursively, as `wenshu extract FOLDER` does.
    sc._jsc.hadoopConfiguration().set(
        "mapreduce.input.fileinputformat.input.dir.recursive", "true"
    )
    if args.overwrite:
        delete_if_exists(sc, args.output)
        if args.facts_parquet:
            delete_if_exists(sc, args.facts_parquet)

    extensions = None
    if args.extensions.strip() != "*":
        extensions = {e.strip().lstrip(".").lower() for e in args.extensions.split(",") if e.strip()}

    partitions = args.partitions or max(2, 2 * sc.defaultParallelism)
    task_cpus = sc.getConf().get("spark.task.cpus", "1")
    command = "{} extract --input-format jsonl --quiet --jobs {} {} -".format(
        wenshu_command(sc, args.wenshu), task_cpus, args.wenshu_args
    )

    files = sc.binaryFiles(args.input, minPartitions=partitions).filter(
        lambda kv: wanted(kv[0], extensions)
    )
    if files.getNumPartitions() < partitions:
        # binaryFiles packs small files into few splits (a folder of reports can be
        # one): spread them so every core runs a wenshu.
        files = files.repartition(partitions)
    inputs = sc.accumulator(0)

    def count_input(record):
        inputs.add(1)
        return record

    records = files.map(to_record).map(count_input)
    # One wenshu process per partition. checkCode: a crash fails the task (and Spark
    # retries it); bad records are not crashes, they come back as error records.
    lines = records.pipe(command, env={"RUST_BACKTRACE": "1"}, checkCode=True)
    lines.saveAsTextFile(args.output)

    # Count from what was written (no second run of wenshu).
    written = sc.textFile(args.output)
    kinds = written.map(lambda l: "error" if "error" in json.loads(l) else "document").countByValue()
    summary = {
        "input": args.input,
        "output": args.output,
        "inputs": inputs.value,
        "documents": kinds.get("document", 0),
        "errors": kinds.get("error", 0),
    }
    if args.facts_parquet:
        facts = spark.createDataFrame(written.flatMap(fact_rows), FACTS_SCHEMA)
        facts.write.parquet(args.facts_parquet)
        summary["facts_parquet"] = args.facts_parquet
        summary["facts"] = spark.read.parquet(args.facts_parquet).count()
    print(json.dumps(summary), flush=True)
    spark.stop()
    lost = summary["inputs"] - summary["documents"] - summary["errors"]
    if lost != 0:
        print("wenshu_spark: {} input file(s) without an output line".format(lost), file=sys.stderr)
        return 1
    return 2 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
