// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <vector>

namespace LeadPact {

// Hands batches from a producing thread (parsing a file, simulating demo leads) to the thread
// that writes them, holding at most a few batches so memory stays flat however much is loaded.
template<typename Item>
class BatchQueue
{
public:
    using Batch = std::vector<Item>;

    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_batches.size() < 4 || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    // An empty batch means the producer finished (or failed, see error()).
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return {};
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    void finish(std::exception_ptr error = nullptr)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_ready.notify_all();
    }
    // The consumer gives up (cancel, an error): the producer stops at its next push.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_space.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    std::exception_ptr error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

} // namespace LeadPact
