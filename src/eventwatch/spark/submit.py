"""Entry script for spark-submit: the ``eventwatch spark`` commands, master taken from Spark.

    spark-submit --master yarn \\
        --conf spark.pyspark.python=/path/to/venv/bin/python \\
        "$(python -c 'import eventwatch.spark.submit as m; print(m.__file__)')" \\
        code s3a://bucket/articles/ s3a://bucket/coded/
"""

from eventwatch.spark.cli import spark

if __name__ == "__main__":
    spark(prog_name="eventwatch spark")
