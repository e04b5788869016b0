;; A memory of 65536 pages (4 GiB) from the start.
(module
  (memory (export "memory") 65536)
  (func (export "f") (result i32) (i32.const 1))
)
