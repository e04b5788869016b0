;; Neither an allocator nor any callback: a run of it does nothing.
(module
  (memory (export "memory") 1)
  (func (export "proxy_on_something_else") (result i32) (i32.const 0)))
